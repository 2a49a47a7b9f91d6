// node-hid cannot return a report descriptor, but on Linux the kernel publishes it, world-readable, in sysfs.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

/** /dev/hidraw3 → /sys/class/hidraw/hidraw3/device/report_descriptor */
export function sysfsDescriptorPath(devicePath: string): string {
  const node = basename(devicePath);
  if (!/^hidraw\d+$/.test(node)) throw new Error(`not a hidraw device path: ${devicePath}`);
  return `/sys/class/hidraw/${node}/device/report_descriptor`;
}

export async function readSysfsDescriptor(devicePath: string, read: (path: string) => Promise<Uint8Array> = readFile): Promise<Uint8Array> {
  return Uint8Array.from(await read(sysfsDescriptorPath(devicePath)));
}
