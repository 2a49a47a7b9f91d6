import { describe, expect, it } from 'vitest';
import { applyPortAction, decideProbe, isProbed, PORT_ACTIONS, portKey, type ListedPort, type PortAction, type PortProbe } from '../../../common/devices/probe-policy';
import { applySettingsPatch, defaultSettings, SettingsPatch } from '../../../common/settings/schema';

const ec25at: ListedPort = { path: '/dev/ttyUSB2', vendorId: '2c7c', productId: '0125', serialNumber: 'A1', pnpId: 'usb-Quectel_EC25-if02-port0' };
const ec25dm: ListedPort = { ...ec25at, path: '/dev/ttyUSB0', pnpId: 'usb-Quectel_EC25-if00-port0' };
const ch340: ListedPort = { path: '/dev/ttyUSB5', vendorId: '1a86', productId: '7523', pnpId: 'usb-1a86_USB_Serial-if00-port0' };
const console0: ListedPort = { path: '/dev/ttyS0' };
const none = { enabledPorts: [], disabledPorts: [] };

describe('port keys', () => {
  it('keys a USB port by its identity, so a renumbered /dev name keeps its choice', () => {
    expect(portKey(ec25at)).toBe('usb:2c7c:0125:A1:02');
    expect(portKey({ ...ec25at, path: '/dev/ttyUSB7' })).toBe(portKey(ec25at));
    expect(portKey({ ...ec25at, vendorId: '2C7C' })).toBe(portKey(ec25at));
    expect(portKey(ch340)).toBe('usb:1a86:7523::00');
  });

  it('keys a port without USB ids by its path', () => {
    expect(portKey(console0)).toBe('/dev/ttyS0');
  });
});

describe('probe policy', () => {
  it.each<[string, ListedPort, { enabledPorts: string[]; disabledPorts: string[] }, PortProbe]>([
    ['a modem maker’s AT port is probed', ec25at, none, 'modem'],
    ['a modem’s DM interface is never opened', ec25dm, none, 'notAt'],
    ['... not even when enabled', ec25dm, { enabledPorts: [portKey(ec25dm)], disabledPorts: [] }, 'notAt'],
    ['a generic USB-serial adapter is left alone', ch340, none, 'notProbed'],
    ['a serial console is left alone', console0, none, 'notProbed'],
    ['an adapter the installer enabled is probed', ch340, { enabledPorts: [portKey(ch340)], disabledPorts: [] }, 'enabled'],
    ['a console enabled by path is probed', console0, { enabledPorts: ['/dev/ttyS0'], disabledPorts: [] }, 'enabled'],
    ['a port named at start-up is probed', { path: '/dev/pts/7', named: true }, none, 'named'],
    ['a disabled modem is never opened', ec25at, { enabledPorts: [], disabledPorts: [portKey(ec25at)] }, 'disabled'],
    ['disabled wins over enabled', ch340, { enabledPorts: [portKey(ch340)], disabledPorts: [portKey(ch340)] }, 'disabled'],
    ['disabled wins over named', { path: '/dev/pts/7', named: true }, { enabledPorts: [], disabledPorts: ['/dev/pts/7'] }, 'disabled'],
    ['enabling by /dev path does not enable a USB port (its name changes with plug order)', ch340, { enabledPorts: ['/dev/ttyUSB5'], disabledPorts: [] }, 'notProbed'],
    ['another adapter does not inherit an enabled key', { ...ch340, serialNumber: 'B7' }, { enabledPorts: [portKey(ch340)], disabledPorts: [] }, 'notProbed'],
  ])('%s', (_what, port, policy, expected) => {
    expect(decideProbe(port, policy)).toBe(expected);
  });

  it('probes exactly modem, enabled and named ports', () => {
    expect(['modem', 'enabled', 'named', 'notProbed', 'disabled', 'notAt'].filter((p) => isProbed(p as PortProbe))).toEqual(['modem', 'enabled', 'named']);
  });
});

describe('gateway port settings', () => {
  it('default to probing modems only', () => {
    expect(defaultSettings().gateways).toEqual({ enabledPorts: [], disabledPorts: [] });
  });

  it('a patch of one list carries no default for the other', () => {
    const current = applySettingsPatch(defaultSettings(), { gateways: { enabledPorts: ['/dev/ttyS0'], disabledPorts: ['usb:1a86:7523::00'] } });
    const patch = SettingsPatch.parse({ gateways: { enabledPorts: ['/dev/ttyS0', 'usb:0403:6001:FT1:00'] } });
    expect(patch).toEqual({ gateways: { enabledPorts: ['/dev/ttyS0', 'usb:0403:6001:FT1:00'] } });
    expect(applySettingsPatch(current, patch).gateways).toEqual({ enabledPorts: ['/dev/ttyS0', 'usb:0403:6001:FT1:00'], disabledPorts: ['usb:1a86:7523::00'] });
  });

  it('refuses a malformed patch with a clear error', () => {
    const result = SettingsPatch.safeParse({ gateways: { enabledPorts: '/dev/ttyS0' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['gateways', 'enabledPorts']);
    expect(SettingsPatch.safeParse({ gateways: { enabledPorts: [''] } }).success).toBe(false);
    expect(SettingsPatch.safeParse({ gateways: { probeEverything: true } }).success).toBe(false);
  });
});

describe('port actions from the setup screens', () => {
  const key = 'usb:1a86:7523::00';
  const policy = { enabledPorts: ['/dev/ttyS0'], disabledPorts: ['usb:0403:6001:FT1:00'] };

  it.each<[PortAction, { enabledPorts: string[]; disabledPorts: string[] }, { enabledPorts: string[]; disabledPorts: string[] }]>([
    ['probe', policy, { enabledPorts: ['/dev/ttyS0', key], disabledPorts: ['usb:0403:6001:FT1:00'] }],
    ['probe', { enabledPorts: [key], disabledPorts: [key] }, { enabledPorts: [key], disabledPorts: [] }],
    ['disable', { enabledPorts: [key, '/dev/ttyS0'], disabledPorts: [] }, { enabledPorts: ['/dev/ttyS0'], disabledPorts: [key] }],
    ['disable', { enabledPorts: [], disabledPorts: [key] }, { enabledPorts: [], disabledPorts: [key] }],
    ['stopProbing', { enabledPorts: [key], disabledPorts: ['x'] }, { enabledPorts: [], disabledPorts: ['x'] }],
    ['allow', { enabledPorts: [], disabledPorts: ['x', key] }, { enabledPorts: [], disabledPorts: ['x'] }],
  ])('%s', (action, before, after) => {
    expect(applyPortAction(before, key, action)).toEqual(after);
  });

  it('leads from every state to what the action says', () => {
    const port: ListedPort = { path: '/dev/ttyUSB5', vendorId: '1a86', productId: '7523', pnpId: 'x-if00-port0' };
    for (const [state, actions] of Object.entries(PORT_ACTIONS) as Array<[PortProbe, readonly PortAction[]]>) {
      for (const action of actions) {
        const after = decideProbe(port, applyPortAction(none, portKey(port), action));
        expect([state, action, after]).toEqual([state, action, { probe: 'enabled', stopProbing: 'notProbed', disable: 'disabled', allow: 'notProbed' }[action]]);
      }
    }
  });
});
