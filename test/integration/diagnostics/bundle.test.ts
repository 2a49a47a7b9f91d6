import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../common/settings/schema';
import { collectDiagnostics } from '../../../main/node/diagnostics/collect';
import { writeZip } from '../../../main/node/diagnostics/write-zip';

const jabraDescriptor = '05 0b 09 05 a1 01 85 02'.replace(/ /g, '');

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'dialdeck-diag-'));
  const logs = join(dir, 'logs');
  mkdirSync(logs);
  writeFileSync(join(logs, 'main.log'), '[info] calling 13800138000 on line gsm-1\n[warn] +8613912345678 busy\n');
  const sysfs = join(dir, 'hidraw');
  mkdirSync(join(sysfs, 'hidraw3/device'), { recursive: true });
  writeFileSync(join(sysfs, 'hidraw3/device/report_descriptor'), Buffer.from(jabraDescriptor, 'hex'));
  mkdirSync(join(sysfs, 'hidraw4/device'), { recursive: true }); // no readable descriptor: skipped
  return { dir, logs, sysfs };
}

describe('diagnostics bundle', () => {
  it('holds versions, OS, devices with descriptors, settings, secret names and masked logs', async () => {
    const { dir, logs, sysfs } = workspace();
    const entries = collectDiagnostics({
      appInfo: { name: 'Dialdeck', version: '1.2.3', runtime: 'electron', platform: 'linux', systemLocale: 'zh-CN', versions: { electron: '45.4.1' } },
      settings: defaultSettings(),
      secrets: { available: true, backend: 'gnome_libsecret', persistent: true, keys: ['sip:office'] },
      inventory: { headsets: [{ id: '/dev/hidraw3', name: 'Jabra Evolve', vendorId: 0x0b0e, productId: 0x0305 }], serialPorts: [{ path: '/dev/ttyUSB2' }] },
      logDir: logs,
      hidrawSysfs: sysfs,
    });
    const byName = Object.fromEntries(entries.map((e) => [e.name, e.content]));
    expect(Object.keys(byName).sort()).toEqual(['devices.json', 'logs/main.log', 'os.json', 'secrets.json', 'settings.json', 'versions.json']);
    expect(JSON.parse(byName['versions.json']!)).toMatchObject({ app: '1.2.3', electron: '45.4.1' });
    expect(JSON.parse(byName['devices.json']!).hidDescriptors).toEqual({ hidraw3: jabraDescriptor });
    expect(byName['logs/main.log']).toContain('138****8000');
    expect(byName['logs/main.log']).not.toMatch(/13800138000|13912345678/);
    expect(JSON.parse(byName['secrets.json']!)).toEqual({ backend: 'gnome_libsecret', available: true, keys: ['sip:office'] });

    const zip = join(dir, 'bundle.zip');
    await writeZip(entries, zip);
    const listing = execFileSync('python3', ['-c', 'import sys,zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', zip], { encoding: 'utf8' });
    expect(listing.trim().split('\n').sort()).toEqual(Object.keys(byName).sort());
  });
});
