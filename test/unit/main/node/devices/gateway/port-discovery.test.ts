// The harness's --serial-listing: ports read from a JSON file every round instead of from the OS, and
// the diag CLI's AT port list, which leaves a voice modem's audio port out.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPortsFromFile, listSerialPorts } from '../../../../../../main/node/devices/gateway/port-discovery';
import { huaweiE1550 } from '../../../../../support/devices/voice-modem-listings';

describe('a port listing from a file', () => {
  it('is read every round, and lists nothing while the file is missing or malformed', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dialdeck-listing-')), 'ports.json');
    const list = listPortsFromFile(file);
    expect(await list()).toEqual([]);
    writeFileSync(file, JSON.stringify([{ path: '/dev/pts/3', vendorId: '12d1' }, { vendorId: 'no path' }, 'junk']));
    expect(await list()).toEqual([{ path: '/dev/pts/3', vendorId: '12d1' }]);
    writeFileSync(file, '[{"path": ');
    expect(await list()).toEqual([]);
  });
});

describe('ports that may carry AT commands', () => {
  it('leave out a voice modem’s audio port', async () => {
    const e1550 = huaweiE1550(['/dev/ttyUSB0', '/dev/ttyUSB1', '/dev/ttyUSB2']);
    expect((await listSerialPorts(async () => e1550)).map((p) => p.path)).toEqual(['/dev/ttyUSB0', '/dev/ttyUSB2']);
  });
});
