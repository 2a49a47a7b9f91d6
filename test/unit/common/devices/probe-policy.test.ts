import { describe, expect, it } from 'vitest';
import { applyPortAction, decidePorts, PortProbe, decideProbe, isProbed, legacyKeyOf, legacyPortKey, PORT_ACTIONS, portKey, type ListedPort, type PortAction, type PortDecision, type ProbePolicy } from '../../../../common/devices/probe-policy';
import { applySettingsPatch, defaultSettings, SettingsPatch } from '../../../../common/settings/settings-schema';
import * as adapters from '../../../support/devices/usb-serial-listings';
import { huaweiE1550, quectelEc25, simcom7600 } from '../../../support/devices/voice-modem-listings';
import { PCM_8K, type ModemAudio } from '../../../../common/devices/audio-ports';

const { SOCKET_A, SOCKET_B } = adapters;

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
    expect(PortProbe.options.filter((p) => isProbed(p))).toEqual(['modem', 'enabled', 'named']);
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

describe('identical serial-less adapters (CH340, PL2303) are told apart by where they are plugged in', () => {
  const a = adapters.ch340('/dev/ttyUSB0', SOCKET_A);
  const b = adapters.ch340('/dev/ttyUSB1', SOCKET_B);
  const oldKey = 'usb:1a86:7523::00'; // what both were saved as before keys had a location

  it.each<[string, ListedPort, string]>([
    ['a CH340 in socket A', a, `usb:1a86:7523::00@${SOCKET_A}`],
    ['the identical CH340 in socket B', b, `usb:1a86:7523::00@${SOCKET_B}`],
    ['the first CH340 renumbered after a replug into the same socket', { ...a, path: '/dev/ttyUSB3' }, `usb:1a86:7523::00@${SOCKET_A}`],
    ['a PL2303', adapters.pl2303('/dev/ttyUSB2', SOCKET_B), `usb:067b:2303::00@${SOCKET_B}`],
    ['a CH340 whose location the OS does not tell (no udev by-path link): the key as before', adapters.ch340('/dev/ttyUSB0'), oldKey],
    ['an FTDI with a serial number: the key as before, location or not', adapters.ftdi('/dev/ttyUSB4', SOCKET_A), 'usb:0403:6001:A50285BI:00'],
    ['a Quectel with a serial number: the key as before', { path: '/dev/ttyUSB2', vendorId: '2c7c', productId: '0125', serialNumber: 'A1', pnpId: 'usb-Quectel_EC25-if02-port0', location: SOCKET_A }, 'usb:2c7c:0125:A1:02'],
    ['a console keeps its path', { path: '/dev/ttyS0', location: 'whatever' }, '/dev/ttyS0'],
  ])('%s', (_what, port, key) => {
    expect(portKey(port)).toBe(key);
  });

  it('knows the old-format key of a located key, and nothing for keys that did not change', () => {
    expect(legacyPortKey(a)).toBe(oldKey);
    expect(legacyKeyOf(portKey(b))).toBe(oldKey);
    expect(legacyPortKey(adapters.ftdi('/dev/ttyUSB4', SOCKET_A))).toBeUndefined();
    expect(legacyPortKey(adapters.ch340('/dev/ttyUSB0'))).toBeUndefined();
    expect(legacyKeyOf('/dev/ttyS0')).toBeUndefined();
    expect(legacyKeyOf('usb:0403:6001:A50285BI:00')).toBeUndefined();
  });

  const probes = (ports: ListedPort[], policy: ProbePolicy) => decidePorts(ports, policy);
  const p = (enabledPorts: string[], disabledPorts: string[] = []): ProbePolicy => ({ enabledPorts, disabledPorts });

  it.each<[string, ListedPort[], ProbePolicy, PortDecision[]]>([
    ['enabling one CH340 leaves the identical one not probed', [a, b], p([portKey(a)]), [{ probe: 'enabled' }, { probe: 'notProbed' }]],
    ['disabling one leaves the other as it was', [a, b], p([portKey(b)], [portKey(a)]), [{ probe: 'disabled' }, { probe: 'enabled' }]],
    ['an old-format enabled key still enables the one adapter present', [a], p([oldKey]), [{ probe: 'enabled', legacyKey: oldKey }]],
    ['... also next to an FTDI, which it does not touch', [a, adapters.ftdi('/dev/ttyUSB4', SOCKET_B)], p([oldKey]), [{ probe: 'enabled', legacyKey: oldKey }, { probe: 'notProbed' }]],
    ['... but enables neither of two identical adapters', [a, b], p([oldKey]), [{ probe: 'notProbed', legacyKey: oldKey, legacyKeyShared: true }, { probe: 'notProbed', legacyKey: oldKey, legacyKeyShared: true }]],
    ['... nor a located adapter next to one whose location is unknown (that one has the old key itself)', [a, adapters.ch340('/dev/ttyUSB1')], p([oldKey]), [{ probe: 'notProbed', legacyKey: oldKey, legacyKeyShared: true }, { probe: 'enabled' }]],
    ['a new key wins over a shared old one', [a, b], p([oldKey, portKey(b)]), [{ probe: 'notProbed', legacyKey: oldKey, legacyKeyShared: true }, { probe: 'enabled' }]],
    ['an old-format disabled key disables the one adapter present', [a], p([], [oldKey]), [{ probe: 'disabled', legacyKey: oldKey }]],
    ['... and, shared, both of them: when in doubt nothing is opened', [a, b], p([portKey(a)], [oldKey]), [{ probe: 'disabled', legacyKey: oldKey, legacyKeyShared: true }, { probe: 'disabled', legacyKey: oldKey, legacyKeyShared: true }]],
    ['the old PL2303 key does not touch a CH340', [a, adapters.pl2303('/dev/ttyUSB2', SOCKET_B)], p(['usb:067b:2303::00']), [{ probe: 'notProbed' }, { probe: 'enabled', legacyKey: 'usb:067b:2303::00' }]],
  ])('%s', (_what, ports, policy, expected) => {
    expect(probes(ports, policy)).toEqual(expected);
  });

  it('counts an old enabled key only over the whole list, and ignores it for one port alone', () => {
    expect(probes([a], p([oldKey]))[0]!.probe).toBe('enabled');
    expect(probes([a, b], p([oldKey]))[0]!.probe).toBe('notProbed');
    expect(probes([a, b], p([oldKey]))[1]!.probe).toBe('notProbed');
    expect(decideProbe(a, p([oldKey]))).toBe('notProbed');
    expect(decideProbe(a, p([], [oldKey]))).toBe('disabled');
  });

  it('an action on a port replaces its old-format entry, so the old key cannot outvote the new choice', () => {
    const disabledOld = p([], [oldKey]);
    const allowed = applyPortAction(disabledOld, portKey(a), 'allow');
    expect(allowed).toEqual(p([], []));
    expect(probes([a], allowed)).toEqual([{ probe: 'notProbed' }]);

    const enabledOld = p([oldKey, '/dev/ttyS0']);
    expect(applyPortAction(enabledOld, portKey(a), 'stopProbing')).toEqual(p(['/dev/ttyS0']));
    // two identical adapters under one old key: probing one writes its new key and leaves the other alone
    const probedA = applyPortAction(enabledOld, portKey(a), 'probe');
    expect(probedA).toEqual(p(['/dev/ttyS0', portKey(a)]));
    expect(probes([a, b], probedA).map((d) => d.probe)).toEqual(['enabled', 'notProbed']);
    // keys of ports with a serial number have no old form, and an action touches nothing else
    expect(applyPortAction(p(['usb:0403:6001:A50285BI:00', oldKey]), 'usb:0403:6001:A50285BI:00', 'stopProbing')).toEqual(p([oldKey]));
  });
});

describe('a voice modem’s audio port is never an AT port', () => {
  const e1550 = huaweiE1550(['/dev/ttyUSB0', '/dev/ttyUSB1', '/dev/ttyUSB2']);
  const [e1550modem, e1550audio, e1550at] = e1550 as [ListedPort, ListedPort, ListedPort];
  const sim7600 = simcom7600(['/dev/ttyUSB0', '/dev/ttyUSB1', '/dev/ttyUSB2', '/dev/ttyUSB3', '/dev/ttyUSB4']);
  const ec25 = quectelEc25(['/dev/ttyUSB0', '/dev/ttyUSB1', '/dev/ttyUSB2', '/dev/ttyUSB3']);
  const p = (enabledPorts: string[], disabledPorts: string[] = []): ProbePolicy => ({ enabledPorts, disabledPorts });
  const voice = (audioPort: string, family: 'huawei' | 'simcom' | 'quectel'): ModemAudio => ({ family, audio: 'port', audioPort, format: PCM_8K });

  it.each<[string, ListedPort[], ProbePolicy, Array<Partial<PortDecision>>]>([
    [
      'a Huawei E1550: the audio port names its AT port, which is probed and knows its audio port',
      e1550,
      none,
      [{ probe: 'modem' }, { probe: 'audio', audioOf: '/dev/ttyUSB2' }, { probe: 'modem', voice: voice('/dev/ttyUSB1', 'huawei') }],
    ],
    [
      'a SIM7600: if04 is audio, if02 carries the pairing',
      sim7600,
      none,
      [{ probe: 'modem' }, { probe: 'modem' }, { probe: 'modem', voice: voice('/dev/ttyUSB4', 'simcom') }, { probe: 'modem' }, { probe: 'audio', audioOf: '/dev/ttyUSB2' }],
    ],
    [
      'an EC25: DM stays not-AT, the NMEA port is its audio port',
      ec25,
      none,
      [{ probe: 'notAt' }, { probe: 'audio', audioOf: '/dev/ttyUSB2' }, { probe: 'modem', voice: voice('/dev/ttyUSB1', 'quectel') }, { probe: 'modem' }],
    ],
    [
      'an installer’s enable of the audio port is ignored, and says so',
      e1550,
      p([portKey(e1550audio)]),
      [{ probe: 'modem' }, { probe: 'audio', audioOf: '/dev/ttyUSB2', enableIgnored: true }, { probe: 'modem', voice: voice('/dev/ttyUSB1', 'huawei') }],
    ],
    ['... and so is naming it at start-up', [{ ...e1550audio, named: true }, e1550at], none, [{ probe: 'audio', audioOf: '/dev/ttyUSB2', enableIgnored: true }, { probe: 'modem', voice: voice('/dev/ttyUSB1', 'huawei') }]],
    ['a disable still wins (the installer may have disabled it when it was probed as a modem)', e1550, p([], [portKey(e1550audio)]), [{ probe: 'modem' }, { probe: 'disabled' }, { probe: 'modem', voice: voice('/dev/ttyUSB1', 'huawei') }]],
    ['the AT port disabled: its audio port is still audio, and names it', e1550, p([], [portKey(e1550at)]), [{ probe: 'modem' }, { probe: 'audio', audioOf: '/dev/ttyUSB2' }, { probe: 'disabled', voice: voice('/dev/ttyUSB1', 'huawei') }]],
    ['an audio port whose AT port is not listed: audio, with no AT port to name', [e1550modem, e1550audio], none, [{ probe: 'modem' }, { probe: 'audio' }]],
    [
      'a SIM7600 without its audio interface: the AT port says the audio port is missing',
      sim7600.slice(0, 3),
      none,
      [{ probe: 'modem' }, { probe: 'modem' }, { probe: 'modem', voice: { family: 'simcom', audio: 'missing', format: PCM_8K } }],
    ],
    ['a Conexant voice modem: its one port is probed, audio in-band', [{ path: '/dev/ttyACM0', vendorId: '0572', productId: '1340', pnpId: 'usb-Conexant_USB_Modem_24680246-if00' }], none, [{ probe: 'modem', voice: { family: 'conexant', audio: 'inBand' } }]],
  ])('%s', (_what, ports, policy, expected) => {
    expect(decidePorts(ports, policy)).toEqual(expected);
  });

  it('one port alone is decided an audio port too (no listing needed to keep AT off it)', () => {
    expect(decideProbe(e1550audio, none)).toBe('audio');
    expect(decideProbe(e1550audio, p([portKey(e1550audio)]))).toBe('audio');
    expect(isProbed('audio')).toBe(false);
    expect(PORT_ACTIONS.audio).toEqual([]);
  });
});
