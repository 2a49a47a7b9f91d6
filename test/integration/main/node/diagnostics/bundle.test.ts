import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SerialPortInfo } from '../../../../../common/devices/host-protocol';
import { defaultSettings } from '../../../../../common/settings/settings-schema';
import { listSerialPorts } from '../../../../../main/node/devices/host/inventory';
import { collectDiagnostics } from '../../../../../main/node/diagnostics/collect';
import { ch340, ftdi, pl2303, SOCKET_A, SOCKET_B } from '../../../../support/devices/usb-serial-listings';
import { writeZip } from '../../../../../main/node/diagnostics/write-zip';

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
    expect(Object.keys(byName).sort()).toEqual(['devices.json', 'logs/main.log', 'os.json', 'secrets.json', 'settings.json', 'summary.txt', 'versions.json']);
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

describe('diagnostics summary', () => {
  const input = (language: 'zh-CN' | 'en') => ({
    appInfo: { name: 'Dialdeck' as const, version: '1.2.3', runtime: 'electron' as const, platform: 'linux', systemLocale: 'zh-CN', versions: { electron: '45.4.1' } },
    settings: {
      ...defaultSettings(),
      sip: { accounts: [{ id: 'office', server: 'wss://pbx.example.com/ws', user: '1001', domain: 'pbx.example.com', enabled: true } as never] },
      binding: { ...defaultSettings().binding, url: 'https://bind.example.com', poolId: 'pool-a' },
      gateways: { enabledPorts: ['usb:1a86:7523::00@pci-0000:00:14.0-usb-0:9:1.0-port0'], disabledPorts: [] },
    },
    secrets: { available: false, backend: 'basic_text' as const, persistent: true, keys: ['sip:office'] },
    inventory: {
      headsets: [
        { id: '/dev/hidraw3', name: 'Jabra Evolve', vendorId: 0x0b0e, productId: 0x0305, status: 'ok' as const, active: true },
        { id: '/dev/hidraw5', name: 'USB Keyboard', vendorId: 0x046d, productId: 0xc31c, status: 'permission-denied' as const, problem: 'noAccess' as const },
      ],
      serialPorts: [{ path: '/dev/ttyUSB6', key: 'usb:2c7c:0125:a1b2c3:02', probe: 'modem' as const, maker: 'Quectel' }, { path: '/dev/ttyS0', key: '/dev/ttyS0', probe: 'notProbed' as const }],
    },
    gatewayLines: [{ id: 'gsm:861234', kind: 'gsm' as const, state: 'online' as const, port: '/dev/ttyUSB6', operator: 'CHINA MOBILE' }],
    language,
    now: new Date('2026-12-08T02:00:00Z'),
    logDir: join(tmpdir(), 'dialdeck-no-logs'),
    hidrawSysfs: join(tmpdir(), 'dialdeck-no-hidraw'),
  });
  const summaryOf = (language: 'zh-CN' | 'en') => collectDiagnostics(input(language)).find((e) => e.name === 'summary.txt')!.content;

  it('comes first, in the language asked for, with a BOM so Notepad reads it as UTF-8', () => {
    const entries = collectDiagnostics(input('zh-CN'));
    expect(entries[0]!.name).toBe('summary.txt');
    expect(entries[0]!.content.charCodeAt(0)).toBe(0xfeff);
  });

  it('zh-CN: every device, account and file in Chinese sentences with full-width punctuation', () => {
    const text = summaryOf('zh-CN');
    expect(text).toContain('Dialdeck 诊断摘要');
    expect(text).toContain('版本：1.2.3（桌面版）、electron 45.4.1');
    expect(text).toContain('- Jabra Evolve（0b0e:0305）：就绪、当前使用');
    expect(text).toContain('- USB Keyboard（046d:c31c）：无权限打开。没有打开这个耳机的权限。请在设备配置的“耳机”一步安装耳机权限规则，然后重新插拔耳机。');
    expect(text).toContain('- /dev/ttyUSB6 [usb:2c7c:0125:a1b2c3:02]：已探测：USB 标识属于调制解调器厂商（Quectel）');
    expect(text).toContain('- 启用的键 usb:1a86:7523::00@pci-0000:00:14.0-usb-0:9:1.0-port0 没有对应的串口');
    expect(text).toContain('- gsm:861234：在线、CHINA MOBILE、/dev/ttyUSB6');
    expect(text).toContain('- office（1001@pbx.example.com、wss://pbx.example.com/ws）');
    expect(text).toContain('绑定服务器：https://bind.example.com（号码池 pool-a）');
    expect(text).toContain('密码存储：basic_text，不能保存密码，已保存 1 项');
    expect(text).toContain('- settings.json：设置（不含密码）');
    // what is not a name, a code or an address the user set is Chinese
    const latin = text
      .replace(/Dialdeck|Jabra Evolve|USB Keyboard|Quectel|CHINA MOBILE|electron|linux|[a-z]+:\/\/[!-~]+|[!-~]+@[!-~]+|\/dev\/[!-~]+|\[[^\]]*\]|[!-~]+\.(json|txt|log)|usb:[!-~]+|gsm:[!-~]+|basic_text|pool-a|office|UTC|USB|SIP|AT|GB/g, '')
      .match(/[A-Za-z]{3,}/g);
    expect(latin).toBeNull();
    expect(text).not.toMatch(/[\u4e00-\u9fff）]\s*[:,]|[:,]\s*[\u4e00-\u9fff（]/);
  });

  it('en: the same facts in English', () => {
    const text = summaryOf('en');
    expect(text).toContain('Dialdeck diagnostics summary');
    expect(text).toContain('- Jabra Evolve (0b0e:0305): ready, active');
    expect(text).toContain('- /dev/ttyUSB6 [usb:2c7c:0125:a1b2c3:02]: probed: its USB ids belong to a modem maker (Quectel)');
    expect(text).toContain('Password storage: basic_text, cannot store passwords, 1 stored');
  });
});

describe('diagnostics scan of serial ports', () => {
  const quectelAt = { path: '/dev/ttyUSB6', manufacturer: 'Quectel', vendorId: '2c7c', productId: '0125', serialNumber: 'a1b2c3', pnpId: 'usb-Quectel_EC25-if02-port0', location: 'pci-0000:00:14.0-usb-0:1:1.2-port0' };
  const quectelDm = { ...quectelAt, path: '/dev/ttyUSB4', pnpId: 'usb-Quectel_EC25-if00-port0', location: 'pci-0000:00:14.0-usb-0:1:1.0-port0' };
  // with AT+QPCMV=1,0 the EC25 sends call audio on its NMEA interface
  const quectelAudio = { ...quectelAt, path: '/dev/ttyUSB7', pnpId: 'usb-Quectel_EC25-if01-port0', location: 'pci-0000:00:14.0-usb-0:1:1.1-port0' };
  const listing = [
    ch340('/dev/ttyUSB0', SOCKET_A),
    ch340('/dev/ttyUSB1', SOCKET_B),
    pl2303('/dev/ttyUSB2', 'pci-0000:00:14.0-usb-0:5:1.0-port0'),
    pl2303('/dev/ttyUSB3', 'pci-0000:00:14.0-usb-0:6:1.0-port0'),
    ftdi('/dev/ttyUSB5', 'pci-0000:00:14.0-usb-0:7:1.0-port0'),
    quectelAt,
    quectelDm,
    quectelAudio,
    { path: '/dev/ttyS0' },
  ];
  const pty = join(mkdtempSync(join(tmpdir(), 'dialdeck-pty-')), 'pts-9');
  writeFileSync(pty, '');
  const gateways = {
    enabledPorts: [`usb:1a86:7523::00@${SOCKET_A}`, 'usb:067b:2303::00', 'usb:1a86:7523::00@pci-0000:00:14.0-usb-0:9:1.0-port0', 'usb:2c7c:0125:a1b2c3:01'],
    disabledPorts: ['usb:0403:6001:A50285BI:00'],
  };
  const bundleOf = (serialPorts: SerialPortInfo[]) => {
    const entries = collectDiagnostics({
      appInfo: { name: 'Dialdeck', version: '1.2.3', runtime: 'harness', platform: 'linux', systemLocale: 'zh-CN', versions: {} },
      settings: { ...defaultSettings(), gateways },
      secrets: { available: false, backend: 'unknown', persistent: true, keys: [] },
      inventory: { headsets: [], serialPorts },
      logDir: join(tmpdir(), 'dialdeck-no-logs'),
      hidrawSysfs: join(tmpdir(), 'dialdeck-no-hidraw'),
    });
    return JSON.parse(entries.find((e) => e.name === 'devices.json')!.content) as { serialPorts: SerialPortInfo[]; serialPortNotes: string[] };
  };

  it('says for every port, under the installer’s saved choices, whether it is opened and why', async () => {
    const scanned = await listSerialPorts({ list: async () => listing, policy: gateways, named: [pty] });
    const devices = bundleOf(scanned);
    expect(devices.serialPorts.map((p) => [p.path, p.key, p.probe])).toEqual([
      ['/dev/ttyUSB0', `usb:1a86:7523::00@${SOCKET_A}`, 'enabled'],
      ['/dev/ttyUSB1', `usb:1a86:7523::00@${SOCKET_B}`, 'notProbed'], // the identical cable in the next socket
      ['/dev/ttyUSB2', 'usb:067b:2303::00@pci-0000:00:14.0-usb-0:5:1.0-port0', 'notProbed'],
      ['/dev/ttyUSB3', 'usb:067b:2303::00@pci-0000:00:14.0-usb-0:6:1.0-port0', 'notProbed'],
      ['/dev/ttyUSB5', 'usb:0403:6001:A50285BI:00', 'disabled'],
      ['/dev/ttyUSB6', 'usb:2c7c:0125:a1b2c3:02', 'modem'],
      ['/dev/ttyUSB4', 'usb:2c7c:0125:a1b2c3:00', 'notAt'],
      ['/dev/ttyUSB7', 'usb:2c7c:0125:a1b2c3:01', 'audio'],
      ['/dev/ttyS0', '/dev/ttyS0', 'notProbed'],
      [pty, pty, 'named'],
    ]);
    expect(devices.serialPorts[0]).toMatchObject({ location: SOCKET_A, vendorId: '1a86' });
    expect(devices.serialPorts[2]).toMatchObject({ legacyKey: 'usb:067b:2303::00', legacyKeyShared: true });
    expect(devices.serialPortNotes).toEqual([
      `/dev/ttyUSB0 [usb:1a86:7523::00@${SOCKET_A}]: probed: enabled in settings`,
      `/dev/ttyUSB1 [usb:1a86:7523::00@${SOCKET_B}]: not opened: not a modem maker’s USB id and not enabled in settings`,
      '/dev/ttyUSB2 [usb:067b:2303::00@pci-0000:00:14.0-usb-0:5:1.0-port0]: not opened: not a modem maker’s USB id and not enabled in settings; the enabled key usb:067b:2303::00 was saved before keys had a USB location and 2 present ports have it, so it enables none of them: choose this port again in Settings',
      '/dev/ttyUSB3 [usb:067b:2303::00@pci-0000:00:14.0-usb-0:6:1.0-port0]: not opened: not a modem maker’s USB id and not enabled in settings; the enabled key usb:067b:2303::00 was saved before keys had a USB location and 2 present ports have it, so it enables none of them: choose this port again in Settings',
      '/dev/ttyUSB5 [usb:0403:6001:A50285BI:00]: never opened: disabled in settings',
      '/dev/ttyUSB6 [usb:2c7c:0125:a1b2c3:02]: probed: its USB ids belong to a modem maker (Quectel); call audio on /dev/ttyUSB7',
      '/dev/ttyUSB4 [usb:2c7c:0125:a1b2c3:00]: never opened: a modem’s diagnostic/GNSS interface, not an AT port',
      '/dev/ttyUSB7 [usb:2c7c:0125:a1b2c3:01]: never opened for AT: a voice modem’s call-audio port, paired with the AT port /dev/ttyUSB6; enabled or named by the installer: ignored',
      '/dev/ttyS0 [/dev/ttyS0]: not opened: not a modem maker’s USB id and not enabled in settings',
      `${pty} [${pty}]: probed: named at start-up (DIALDECK_SERIAL_PORTS / --serial-port)`,
      'enabled key usb:1a86:7523::00@pci-0000:00:14.0-usb-0:9:1.0-port0 names no port present',
    ]);
  });

  it('an old-format key held by one present adapter still applies, and the scan says it was the old key', async () => {
    const devices = bundleOf(await listSerialPorts({ list: async () => [pl2303('/dev/ttyUSB2', SOCKET_B)], policy: gateways }));
    expect(devices.serialPorts[0]).toMatchObject({ probe: 'enabled', legacyKey: 'usb:067b:2303::00' });
    expect(devices.serialPortNotes[0]).toBe(`/dev/ttyUSB2 [usb:067b:2303::00@${SOCKET_B}]: probed: enabled in settings; by the key usb:067b:2303::00, saved before keys had a USB location`);
  });

  it('without the installer’s choices it leaves the probe state out instead of guessing', async () => {
    const scanned = await listSerialPorts({ list: async () => [ch340('/dev/ttyUSB0', SOCKET_A)] });
    expect(scanned).toEqual([{ path: '/dev/ttyUSB0', manufacturer: '1a86', vendorId: '1a86', productId: '7523', key: `usb:1a86:7523::00@${SOCKET_A}`, location: SOCKET_A }]);
    expect(bundleOf(scanned).serialPortNotes[0]).toBe(`/dev/ttyUSB0 [usb:1a86:7523::00@${SOCKET_A}]: probe state unknown (the scan had no port policy)`);
  });
});
