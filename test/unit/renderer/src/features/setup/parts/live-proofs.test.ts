// A check passes only on proof: each wizard step with its device absent, present and failing, in both
// languages through the real message files (a missing key would show as the key itself and fail here).
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DevicesStatus } from '../../../../../../../common/ipc/schemas';
import type { HeadsetInfo } from '../../../../../../../common/hid/headset-api';
import type { SerialPortInfo } from '../../../../../../../common/devices/host-protocol';
import type { GatewayLine } from '../../../../../../../common/devices/gateway-api';
import { messages } from '../../../../../../../renderer/src/i18n';
import {
  gatewayLines,
  headsetDetected,
  liveOverwrites,
  sipRegistered,
  stillHolds,
  subjectOf,
  type DeskNow,
} from '../../../../../../../renderer/src/features/setup/parts/live-proofs';
import type { AccountView } from '../../../../../../../renderer/src/telephony';

const translators: Record<'en' | 'zh-CN', TFunction> = {} as never;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { en: { translation: messages.en }, 'zh-CN': { translation: messages['zh-CN'] } }, lng: 'en', interpolation: { escapeValue: false } });
  translators.en = i18n.getFixedT('en');
  translators['zh-CN'] = i18n.getFixedT('zh-CN');
});

const jabra = (over: Partial<HeadsetInfo> = {}): HeadsetInfo => ({ id: '/dev/hidraw3', name: 'Jabra Evolve 65', vendorId: 0x0b0e, productId: 0x030c, status: 'ok', active: true, inputs: ['hookSwitch', 'phoneMute'], outputs: ['offHook', 'mute', 'ring'], ...over });
const port = (over: Partial<SerialPortInfo> = {}): SerialPortInfo => ({ path: '/dev/ttyUSB2', key: 'usb:1e0e:9001:SIM1:02', probe: 'modem', maker: 'SIMCom', ...over });
const line = (over: Partial<GatewayLine> = {}): GatewayLine => ({ id: 'gsm:861234567890123', kind: 'gsm', state: 'online', port: '/dev/ttyUSB2', model: 'SIM7600E-H', ...over });
const devices = (over: Partial<DevicesStatus> = {}): DevicesStatus => ({ process: 'running', restarts: 0, headsets: [], serialPorts: [], gatewayLines: [], ...over });
const account = { id: 'office', enabled: true };
const settings = (over: { accounts?: unknown[]; audio?: Partial<NonNullable<DeskNow['settings']>['audio']> } = {}): DeskNow['settings'] =>
  ({
    audio: { microphoneId: 'mic-1', speakerId: 'spk-1', ringerIds: ['spk-1'], ...over.audio },
    binding: { url: 'https://bind.example.cn', keyId: 'desk-1', poolId: 'sz' },
    sip: { accounts: over.accounts ?? [] },
  }) as never;
const desk = (over: Partial<DeskNow> = {}): DeskNow => ({ devices: devices(), settings: settings(), accounts: [], ...over });
const view = (over: Partial<AccountView> = {}): AccountView => ({ id: 'office', aor: 'sip:2001@pbx.example.cn', registration: 'registered', transport: 'connected', ...over });

describe.each(['zh-CN', 'en'] as const)('live proofs in %s', (lang) => {
  const t = (key: string, options?: Record<string, unknown>) => {
    const text = translators[lang](key, options);
    // the key itself coming back means a message is missing in this language
    expect(text, key).not.toBe(key);
    return text;
  };

  describe('headset.detected', () => {
    it('absent: red, and says no headset was detected', () => {
      expect(headsetDetected(desk(), t)).toMatchObject({ outcome: 'fail', detail: t('wizard.live.noHeadset') });
    });
    it('present and usable: green, naming it', () => {
      expect(headsetDetected(desk({ devices: devices({ headsets: [jabra()] }) }), t)).toEqual({ outcome: 'pass', detail: 'Jabra Evolve 65' });
    });
    it('present but failing (no permission): red with its status in the UI language', () => {
      const result = headsetDetected(desk({ devices: devices({ headsets: [jabra({ status: 'permission-denied', reason: 'EACCES /dev/hidraw3' })] }) }), t);
      expect(result.outcome).toBe('fail');
      expect(result.detail).toContain(t('wizard.headsetStatus.permission-denied'));
      expect(result.detail).not.toContain('EACCES');
    });
    it('the devices process restarting: not tested, never green from before', () => {
      expect(headsetDetected(desk({ devices: devices({ process: 'restarting', headsets: [jabra()] }) }), t).outcome).toBe('untested');
      expect(headsetDetected(desk({ devices: undefined }), t).outcome).toBe('untested');
    });
  });

  describe('gateway.lines', () => {
    it('absent (no serial port at all): not tested, not green', () => {
      expect(gatewayLines(desk(), t)).toMatchObject({ outcome: 'untested', detail: t('wizard.live.noModemPort') });
    });
    it('a port waiting for the installer to probe it: not tested, and says to probe it', () => {
      expect(gatewayLines(desk({ devices: devices({ serialPorts: [port({ probe: 'notProbed' })] }) }), t)).toMatchObject({ outcome: 'untested', detail: t('wizard.live.portsNotProbed') });
    });
    it('being asked: not tested yet, naming the port', () => {
      expect(gatewayLines(desk({ devices: devices({ serialPorts: [port({ answer: 'probing' })] }) }), t).detail).toContain('/dev/ttyUSB2');
    });
    it('present and online: green, naming the module', () => {
      expect(gatewayLines(desk({ devices: devices({ serialPorts: [port({ answer: 'modem' })], gatewayLines: [line()] }) }), t)).toEqual({ outcome: 'pass', detail: 'SIM7600E-H' });
    });
    it.each(['noModem', 'modemError', 'noAccess', 'inUse', 'lost'] as const)('a probed port that answered %s: red, "no modem answered" (or why) with what to try', (answer) => {
      const result = gatewayLines(desk({ devices: devices({ serialPorts: [port({ answer })] }) }), t);
      expect(result).toEqual({ outcome: 'fail', detail: `/dev/ttyUSB2${t('punctuation.colon')}${t(`serialPorts.answer.${answer}`)}`, hint: t(`serialPorts.try.${answer}`) });
    });
    it('a line that went offline (unplugged, no heartbeat): red', () => {
      expect(gatewayLines(desk({ devices: devices({ gatewayLines: [line({ state: 'offline' })] }) }), t)).toMatchObject({ outcome: 'fail', detail: t('wizard.gateway.state.offline') });
    });
  });

  describe('sip.registered', () => {
    const none = () => undefined;
    it('absent (no enabled account): not tested, says to add one', () => {
      expect(sipRegistered(desk(), none, t)).toMatchObject({ outcome: 'untested', detail: t('wizard.live.noAccount') });
      expect(sipRegistered(desk({ settings: settings({ accounts: [{ ...account, enabled: false }] }), accounts: [view()] }), none, t).outcome).toBe('untested');
    });
    it('present and registered: green with its address', () => {
      expect(sipRegistered(desk({ settings: settings({ accounts: [account] }), accounts: [view()] }), none, t)).toEqual({ outcome: 'pass', detail: 'sip:2001@pbx.example.cn' });
    });
    it('failing: red with the failure in words', () => {
      const result = sipRegistered(desk({ settings: settings({ accounts: [account] }), accounts: [view({ registration: 'failed' })] }), () => '密码错误', t);
      expect(result).toEqual({ outcome: 'fail', detail: '密码错误' });
    });
    it('still registering: not tested (a registration that was green and went away is not kept)', () => {
      expect(sipRegistered(desk({ settings: settings({ accounts: [account] }), accounts: [view({ registration: 'registering' })] }), none, t).outcome).toBe('untested');
    });
  });
});

describe('a proof made on a device holds only while that device is the one in use', () => {
  const withHeadset = desk({ devices: devices({ headsets: [jabra()] }) });
  it('headset buttons and LEDs: tied to the active headset, void once it is unplugged or another is active', () => {
    const subject = subjectOf('headset.answer', withHeadset)!;
    expect(subject).toBe('/dev/hidraw3');
    expect(stillHolds('headset.answer', subject, withHeadset)).toBe(true);
    expect(stillHolds('headset.leds', subject, desk())).toBe(false);
    const other = desk({ devices: devices({ headsets: [jabra({ active: false }), jabra({ id: '/dev/hidraw5', name: 'Poly', active: true })] }) });
    expect(stillHolds('headset.mute', subject, other)).toBe(false);
  });
  it('audio: tied to the chosen microphone, speaker and ringers', () => {
    const before = desk();
    const mic = subjectOf('audio.microphone', before)!;
    const echo = subjectOf('audio.echo', before)!;
    const after = desk({ settings: settings({ audio: { microphoneId: 'mic-2' } }) });
    expect(stillHolds('audio.microphone', mic, before)).toBe(true);
    expect(stillHolds('audio.microphone', mic, after)).toBe(false);
    expect(stillHolds('audio.echo', echo, after)).toBe(false);
    expect(stillHolds('audio.speaker', subjectOf('audio.speaker', before)!, after)).toBe(true);
    const ringers = subjectOf('audio.ringer', before)!;
    expect(stillHolds('audio.ringer', ringers, desk({ settings: settings({ audio: { ringerIds: ['spk-1', 'usb-2'] } }) }))).toBe(false);
  });
  it('test calls: tied to the line they went out on', () => {
    const online = desk({ devices: devices({ gatewayLines: [line()] }), settings: settings({ accounts: [account] }) });
    expect(stillHolds('gateway.call', 'gsm:861234567890123', online)).toBe(true);
    expect(stillHolds('gateway.call', 'gsm:861234567890123', desk({ devices: devices({ gatewayLines: [line({ state: 'offline' })] }) }))).toBe(false);
    expect(stillHolds('sip.call', 'office', online)).toBe(true);
    expect(stillHolds('sip.call', 'office', desk({ settings: settings({ accounts: [{ ...account, enabled: false }] }) }))).toBe(false);
  });
  it('binding checks: tied to the server, key and pool they ran against', () => {
    const subject = subjectOf('binding.pool', desk())!;
    const moved = desk({ settings: { ...settings()!, binding: { ...settings()!.binding, url: 'https://other.example.cn' } } });
    expect(stillHolds('binding.pool', subject, desk())).toBe(true);
    expect(stillHolds('binding.reachable', subject, moved)).toBe(false);
  });
  it('the live proofs have no subject: they are read again, not remembered', () => {
    expect(subjectOf('headset.detected', withHeadset)).toBeUndefined();
    expect(subjectOf('gateway.lines', withHeadset)).toBeUndefined();
    expect(subjectOf('sip.registered', withHeadset)).toBeUndefined();
  });
});

describe('"not used on this desk" stands until the device works', () => {
  it.each([
    ['skipped', 'fail', false],
    ['skipped', 'untested', false],
    ['skipped', 'pass', true],
    ['pass', 'fail', true],
    ['pass', 'untested', true],
    [undefined, 'fail', true],
  ] as const)('recorded %s, live %s → overwrite %s', (recorded, live, overwrite) => {
    expect(liveOverwrites(recorded, live)).toBe(overwrite);
  });
});
