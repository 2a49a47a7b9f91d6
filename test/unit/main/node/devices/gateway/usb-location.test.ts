// The Linux USB location of serial ports, from udev's /dev/serial/by-path links (serialport leaves
// locationId empty on Linux). Real symlinks in a temp dir laid out like /dev: serial/by-path/<name> -> ../../ttyUSBn.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { portKey } from '../../../../../../common/devices/probe-policy';
import { readByPathNames, withUsbLocations } from '../../../../../../main/node/devices/gateway/usb-location';
import { ch340, ftdi, SOCKET_A, SOCKET_B } from '../../../../../support/devices/usb-serial-listings';

function fakeDev(links: Record<string, string>) {
  const dev = mkdtempSync(join(tmpdir(), 'dialdeck-dev-'));
  const byPath = join(dev, 'serial/by-path');
  mkdirSync(byPath, { recursive: true });
  for (const [name, target] of Object.entries(links)) symlinkSync(target, join(byPath, name));
  writeFileSync(join(byPath, 'not-a-link'), ''); // udev makes only links; anything else is skipped
  return { dev, byPath };
}

describe('USB locations from /dev/serial/by-path', () => {
  it('maps each device to its by-path name, preferring the plain ID_PATH link over the USB-revision one', async () => {
    const { dev, byPath } = fakeDev({
      [SOCKET_A]: '../../ttyUSB0',
      'pci-0000:00:14.0-usbv2-0:2:1.0-port0': '../../ttyUSB0', // systemd 252+ adds this second link
      [SOCKET_B]: '../../ttyUSB1',
      'pci-0000:00:14.0-usb-0:4:1.2': '../../ttyACM0', // cdc-acm ports have no -portN
    });
    expect(await readByPathNames(byPath)).toEqual(
      new Map([
        [join(dev, 'ttyUSB0'), SOCKET_A],
        [join(dev, 'ttyUSB1'), SOCKET_B],
        [join(dev, 'ttyACM0'), 'pci-0000:00:14.0-usb-0:4:1.2'],
      ]),
    );
  });

  it('is empty where there is no by-path directory (no udev, not Linux)', async () => {
    expect(await readByPathNames(join(tmpdir(), 'dialdeck-no-such-dir'))).toEqual(new Map());
  });

  it('gives two identical CH340 cables their sockets, so their keys differ; a location the OS gave is kept', async () => {
    const { dev, byPath } = fakeDev({ [SOCKET_A]: '../../ttyUSB0', [SOCKET_B]: '../../ttyUSB1', 'pci-0000:00:14.0-usb-0:5:1.0-port0': '../../ttyUSB4' });
    // serialport on Windows fills locationId itself (listOsSerialPorts maps it to location)
    const windowsStyle = { path: 'COM7', manufacturer: 'wch.cn', vendorId: '1A86', productId: '7523', pnpId: 'USB\\VID_1A86&PID_7523\\5&2C3E1F4A&0&3', location: 'Port_#0003.Hub_#0001' };
    const list = withUsbLocations(async () => [ch340(join(dev, 'ttyUSB0')), ch340(join(dev, 'ttyUSB1')), ftdi(join(dev, 'ttyUSB4')), { path: '/dev/ttyS0' }, windowsStyle], () => readByPathNames(byPath));
    const ports = await list();
    expect(ports.map((p) => p.location)).toEqual([SOCKET_A, SOCKET_B, 'pci-0000:00:14.0-usb-0:5:1.0-port0', undefined, 'Port_#0003.Hub_#0001']);
    expect(ports.map(portKey)).toEqual([
      `usb:1a86:7523::00@${SOCKET_A}`,
      `usb:1a86:7523::00@${SOCKET_B}`,
      'usb:0403:6001:A50285BI:00', // has a serial: key unchanged
      '/dev/ttyS0',
      'usb:1a86:7523::@Port_#0003.Hub_#0001',
    ]);
  });

  it('passes a listing failure on (the poller keeps its last picture)', async () => {
    await expect(withUsbLocations(() => Promise.reject(new Error('udevadm failed')), async () => new Map())()).rejects.toThrow('udevadm failed');
  });
});
