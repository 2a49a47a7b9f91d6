import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listModemPorts, listSerialPorts, toCandidate, withExplicitPorts } from '../../../../../../main/node/devices/gateway/port-discovery';
import { ch340, ftdi, SOCKET_A, SOCKET_B } from '../../../../../support/devices/usb-serial-listings';

describe('explicit serial ports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dialdeck-ports-'));
  const pty = join(dir, 'pts-7');
  writeFileSync(pty, '');
  const listed = [{ path: '/dev/ttyUSB2', usbId: '2c7c:0125::02' }];

  it('adds named ports that exist, once, after what the OS lists, marked as named', async () => {
    const list = withExplicitPorts(async () => listed, [pty, '/dev/ttyUSB2', join(dir, 'missing')]);
    expect(await list()).toEqual([{ ...listed[0], named: true }, { path: pty, named: true }]);
  });

  it('leaves listed ports nobody named unmarked', async () => {
    const list = withExplicitPorts(async () => listed, [pty]);
    expect(await list()).toEqual([...listed, { path: pty, named: true }]);
  });

  it('drops a named port once it is gone, so its line goes offline', async () => {
    const gone = join(dir, 'pts-8');
    writeFileSync(gone, '');
    const list = withExplicitPorts(async () => [], [gone]);
    expect(await list()).toEqual([{ path: gone, named: true }]);
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

describe('default port listings', () => {
  const os = async () => [
    { path: '/dev/ttyUSB0', vendorId: '2c7c', productId: '0125', pnpId: 'usb-Quectel_EC25-if00-port0' },
    { path: '/dev/ttyUSB2', vendorId: '2c7c', productId: '0125', pnpId: 'usb-Quectel_EC25-if02-port0' },
    { path: '/dev/ttyUSB5', vendorId: '1a86', productId: '7523' },
    { path: '/dev/ttyS0' },
  ];

  it('a stand-alone gateway service probes only modem ports by default', async () => {
    expect(await listModemPorts(os)).toEqual([{ path: '/dev/ttyUSB2', usbId: '2c7c:0125::02' }]);
  });

  it('the diagnostics list shows every port that could carry AT commands', async () => {
    expect((await listSerialPorts(os)).map((p) => p.path)).toEqual(['/dev/ttyUSB2', '/dev/ttyUSB5', '/dev/ttyS0']);
  });
});

describe('gateway line identity without an IMEI (toCandidate)', () => {
  it('tells two serial-less cables apart by where they are plugged in', () => {
    const a = toCandidate(ch340('/dev/ttyUSB0', SOCKET_A));
    const b = toCandidate(ch340('/dev/ttyUSB1', SOCKET_B));
    expect(a.usbId).toBe(`1a86:7523::00@${SOCKET_A}`);
    expect(b.usbId).not.toBe(a.usbId);
  });

  it('keeps the id of a replugged cable in the same socket under a new ttyUSB number', () => {
    expect(toCandidate(ch340('/dev/ttyUSB3', SOCKET_A)).usbId).toBe(toCandidate(ch340('/dev/ttyUSB0', SOCKET_A)).usbId);
  });

  it('keeps ids of adapters with a serial number, and of ports with no known location, as before', () => {
    expect(toCandidate(ftdi('/dev/ttyUSB0', SOCKET_A)).usbId).toBe('0403:6001:A50285BI:00');
    expect(toCandidate(ch340('/dev/ttyUSB0')).usbId).toBe('1a86:7523::00');
    expect(toCandidate({ path: '/dev/ttyS0' }).usbId).toBeUndefined();
  });
});
