import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSysfsDescriptor, sysfsDescriptorPath } from '../../../../../../main/node/devices/hid/sysfs-descriptor';
import { telephonyDevices } from '../../../../../../main/node/devices/hid/hid-device-info';

describe('sysfs descriptor path', () => {
  it('maps node-hid’s /dev/hidrawN path to the kernel’s report_descriptor file', () => {
    expect(sysfsDescriptorPath('/dev/hidraw12')).toBe('/sys/class/hidraw/hidraw12/device/report_descriptor');
  });

  it.each(['/dev/usb/hiddev0', '\\\\?\\hid#vid_0b0e&pid_0307&mi_03&col01', 'DevSrvsID:4294969999'])('refuses a non-hidraw path %s', (path) => {
    expect(() => sysfsDescriptorPath(path)).toThrow(/not a hidraw device path/);
  });

  it('reads the bytes from the mapped file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dialdeck-sysfs-'));
    const file = join(dir, 'report_descriptor');
    writeFileSync(file, Buffer.from('050b0905a101c0', 'hex'));
    const seen: string[] = [];
    const bytes = await readSysfsDescriptor('/dev/hidraw7', async (p) => {
      seen.push(p);
      const { readFile } = await import('node:fs/promises');
      return readFile(file);
    });
    expect(seen).toEqual(['/sys/class/hidraw/hidraw7/device/report_descriptor']);
    expect([...bytes]).toEqual([0x05, 0x0b, 0x09, 0x05, 0xa1, 0x01, 0xc0]);
  });
});

describe('telephonyDevices', () => {
  it('keeps 0x0B collections only, one per path (Linux lists every collection on the same hidraw path)', () => {
    const base = { vendorId: 0x0b0e, productId: 0x0307 };
    const found = telephonyDevices([
      { ...base, path: '/dev/hidraw6', usagePage: 0x0c },
      { ...base, path: '/dev/hidraw6', usagePage: 0x0b },
      { ...base, path: '/dev/hidraw6', usagePage: 0x0b },
      { ...base, path: '/dev/hidraw6', usagePage: 0xff00 },
      { ...base, path: '/dev/hidraw7', usagePage: 0x01 },
      { ...base, usagePage: 0x0b },
    ]);
    expect(found).toEqual([{ ...base, path: '/dev/hidraw6', usagePage: 0x0b }]);
  });
});
