// A whole main side (the same composition Electron and the harness use) in a temp folder, with an
// in-memory secret store and a devices process that never touches real hardware.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeMain, type ComposedMain } from '../../main/node/compose';
import { forkDevicesChild } from '../../main/node/devices/fork-child';
import { createMemorySecretStore } from '../../main/node/secrets/secret-store';

const repo = join(import.meta.dirname, '../..');

export async function startTestDesk(dir = mkdtempSync(join(tmpdir(), 'dialdeck-desk-'))): Promise<ComposedMain & { dir: string }> {
  const composed = await composeMain({
    dataDir: dir,
    logDir: join(dir, 'logs'),
    exportDir: join(dir, 'exports'),
    udevRulePath: join(repo, 'deploy/udev/70-dialdeck-headsets.rules'),
    appInfo: { name: 'Dialdeck', version: '0.0.0-test', runtime: 'harness', platform: 'linux', systemLocale: 'zh-CN', versions: {} },
    makeSecrets: () => createMemorySecretStore(),
    spawnDevices: () => forkDevicesChild(join(repo, 'test/support/devices/silent-child.ts')),
    openExternal: async () => undefined,
  });
  return Object.assign(composed, { dir });
}
