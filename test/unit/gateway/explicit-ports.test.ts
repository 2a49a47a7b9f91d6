import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withExplicitPorts } from '../../../main/node/devices/gateway/port-discovery';

describe('explicit serial ports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dialdeck-ports-'));
  const pty = join(dir, 'pts-7');
  writeFileSync(pty, '');
  const listed = [{ path: '/dev/ttyUSB2', usbId: '2c7c:0125::02' }];

  it('adds named ports that exist, once, after what the OS lists', async () => {
    const list = withExplicitPorts(async () => listed, [pty, '/dev/ttyUSB2', join(dir, 'missing')]);
    expect(await list()).toEqual([...listed, { path: pty }]);
  });

  it('drops a named port once it is gone, so its line goes offline', async () => {
    const gone = join(dir, 'pts-8');
    writeFileSync(gone, '');
    const list = withExplicitPorts(async () => [], [gone]);
    expect(await list()).toEqual([{ path: gone }]);
    rmSync(gone);
    expect(await list()).toEqual([]);
  });

  it('passes an OS listing failure on instead of reporting every port lost', async () => {
    const list = withExplicitPorts(() => Promise.reject(new Error('udev gone')), [pty]);
    await expect(list()).rejects.toThrow('udev gone');
  });

  it('is the plain listing when no port is named', async () => {
    const plain = async () => listed;
    expect(withExplicitPorts(plain, [])).toBe(plain);
  });
});
