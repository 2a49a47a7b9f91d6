// A real EACCES: the probe runs as an unprivileged user against a root-only node, like /dev/hidraw* without a udev rule.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const NOBODY = 65534;
const canSwitchUser = process.getuid?.() === 0;
if (!canSwitchUser) console.warn('access-probe test skipped: needs root to run the probe as an unprivileged user');

const dir = mkdtempSync(join(tmpdir(), 'dialdeck-hidraw-'));
chmodSync(dir, 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function probeAsNobody(path: string): string {
  const probe = new URL('../../../../../../main/node/devices/hid/access-probe.ts', import.meta.url).pathname;
  const script = `import(${JSON.stringify(probe)}).then((m) => m.probeHidrawAccess(${JSON.stringify(path)})).then((s) => process.stdout.write(s))`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { uid: NOBODY, gid: NOBODY, encoding: 'utf8', cwd: process.cwd() });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
}

describe.skipIf(!canSwitchUser)('probeHidrawAccess', () => {
  it.each([
    ['a root-only node is permission-denied', 0o600, 'permission-denied'],
    ['a node opened up by the udev rule is ok', 0o666, 'ok'],
  ])('%s', (_name, mode, status) => {
    const node = join(dir, `hidraw-${mode.toString(8)}`);
    writeFileSync(node, '');
    chmodSync(node, mode);
    expect(probeAsNobody(node)).toBe(status);
  });

  it('a vanished node is missing', () => {
    expect(probeAsNobody(join(dir, 'hidraw-gone'))).toBe('missing');
  });
});
