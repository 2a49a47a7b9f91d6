// hidapi reports a failed open only as "cannot open device", so the permission problem is found by
// opening the hidraw node ourselves first: EACCES means the udev rule is missing.
import { open } from 'node:fs/promises';

export type AccessStatus = 'ok' | 'permission-denied' | 'missing';

export type OpenForProbe = (path: string, flags: string) => Promise<{ close(): Promise<void> }>;

export async function probeHidrawAccess(devicePath: string, openFile: OpenForProbe = open): Promise<AccessStatus> {
  try {
    const handle = await openFile(devicePath, 'r+');
    await handle.close();
    return 'ok';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') return 'permission-denied';
    if (code === 'ENOENT' || code === 'ENODEV') return 'missing';
    throw error;
  }
}
