// Decides, per listed serial port, whether the gateway service may open it and send AT commands.
// Only modems are probed on their own; anything else waits for the installer (see modem-usb-ids.ts).
import { z } from 'zod';
import type { GatewaySettings } from '../settings/gateways';
import { findAudioPairs, isAudioPort, usbInterfaceOf, type ModemAudio } from './audio-ports';
import { modemMakerOf } from './modem-usb-ids';

export { usbInterfaceOf } from './audio-ports';

/** A serial port as serialport's list() reports it (fields as strings, absent when the OS does not say). */
export interface ListedPort {
  path: string;
  manufacturer?: string;
  vendorId?: string;
  productId?: string;
  serialNumber?: string;
  pnpId?: string;
  /**
   * Where the port is plugged in, stable across replugs into the same socket and across ttyUSB renumbering:
   * serialport's `locationId` on Windows/macOS; on Linux (where serialport leaves it empty) the udev
   * /dev/serial/by-path name, e.g. `pci-0000:00:14.0-usb-0:2:1.0-port0`.
   */
  location?: string;
  /** named at start-up by the installer (DIALDECK_SERIAL_PORTS, the harness's --serial-port) */
  named?: boolean;
}

/**
 * What the gateway service does with a port:
 * - `modem`: probed, it has a modem maker's USB id
 * - `enabled`: probed, the installer enabled it in settings
 * - `named`: probed, the installer named it at start-up
 * - `notProbed`: left alone, nothing says it is a modem (it can be enabled)
 * - `disabled`: never opened, the installer disabled it
 * - `notAt`: never opened, a modem's diagnostic/GNSS interface that is not an AT port
 * - `audio`: never opened for AT, a voice modem's call-audio port (audio-ports.ts); only the voice path opens it
 */
export const PortProbe = z.enum(['modem', 'enabled', 'named', 'notProbed', 'disabled', 'notAt', 'audio']);
export type PortProbe = z.infer<typeof PortProbe>;

export const isProbed = (probe: PortProbe): boolean => probe === 'modem' || probe === 'enabled' || probe === 'named';

/**
 * The key settings remember a port by: `usb:vid:pid:serial:interface` for USB ports (ttyUSB numbers change
 * with plug order, and an enabled modem must not hand its permission to a scale that took its old name),
 * the path for everything else (ttyS0, a PTY). A USB port without a serial number (CH340, PL2303 cables)
 * gets `@location` appended: two identical adapters are otherwise one key, and enabling one enabled both.
 * Keys of ports with a serial number are exactly what they were before locations existed.
 */
export function portKey(port: ListedPort): string {
  if (!port.vendorId) return port.path;
  return located(['usb', port.vendorId.toLowerCase(), (port.productId ?? '').toLowerCase(), port.serialNumber ?? '', usbInterfaceOf(port) ?? ''].join(':'), port);
}

/** A USB identity, plus `@location` when the port has no serial number to tell it from an identical one. */
export const located = (identity: string, port: Pick<ListedPort, 'serialNumber' | 'location'>): string =>
  port.serialNumber || !port.location ? identity : `${identity}@${port.location}`;

/** A serial-less USB key with a location: `usb:vid:pid::iface` is what the same port was saved as before. */
const LOCATED_KEY = /^(usb:[0-9a-f]*:[0-9a-f]*::[0-9a-f]*)@./;

/** The old-format key (saved before keys had a location) of a key that now has one; undefined otherwise. */
export const legacyKeyOf = (key: string): string | undefined => LOCATED_KEY.exec(key)?.[1];

/** The old-format key a port may still be saved under in settings, if its key has changed since. */
export const legacyPortKey = (port: ListedPort): string | undefined => legacyKeyOf(portKey(port));

/**
 * Quectel's DM and NMEA interfaces (00/01) take no AT commands; writing to DM can upset the module (notes §9).
 * On voice modules the NMEA interface is the audio port instead (audio-ports.ts), which is decided first.
 */
const NON_AT_INTERFACES: ReadonlyArray<[vendorId: string, iface: string]> = [
  ['2c7c', '00'],
  ['2c7c', '01'],
];

export type ProbePolicy = Pick<GatewaySettings, 'enabledPorts' | 'disabledPorts'>;

/** No installer choices: only modems, and ports named at start-up, are probed. */
export const NO_PORT_CHOICES: ProbePolicy = { enabledPorts: [], disabledPorts: [] };

/** What the policy decided for one port, and whether an old-format saved key took part. */
export interface PortDecision {
  probe: PortProbe;
  /** a saved key in the old format (no location) that names this port */
  legacyKey?: string;
  /** ...and other present ports too, so it enabled none of them (a disable still holds for all) */
  legacyKeyShared?: boolean;
  /** an audio port: the path of its modem's AT port (absent when that is not listed or cannot be told) */
  audioOf?: string;
  /** an audio port the installer enabled or named: ignored, an audio port takes no AT commands */
  enableIgnored?: boolean;
  /** a voice modem's AT port: where its call audio flows (audio-ports.ts findAudioPairs) */
  voice?: ModemAudio;
}

/**
 * Old-format keys (`usb:vid:pid::iface`, saved before serial-less keys had a location) still count:
 * - enabled: only when exactly one present port has that old key; with two identical adapters there is
 *   no telling which one the installer meant, so neither is probed and the diagnostics say why.
 * - disabled: for every present port with that old key, shared or not. A disable may protect a device
 *   that misbehaves when written to, so when in doubt nothing is opened.
 * The installer's next action on such a port drops the old entry and saves the new key (applyPortAction);
 * "Allow again" on one of two cables disabled by a shared old key therefore allows both, as it did before.
 */
export function decidePorts(ports: readonly ListedPort[], policy: ProbePolicy): PortDecision[] {
  const holders = new Map<string, number>();
  for (const port of ports) {
    for (const key of new Set([portKey(port), legacyPortKey(port)])) if (key) holders.set(key, (holders.get(key) ?? 0) + 1);
  }
  const audioOf = new Map<string, string>();
  const voiceOf = new Map<string, ModemAudio>();
  for (const { atPort, ...voice } of findAudioPairs(ports)) {
    voiceOf.set(atPort, voice);
    if (voice.audioPort) audioOf.set(voice.audioPort, atPort);
  }
  return ports.map((port) => {
    const decision = decideOne(port, policy, (key) => holders.get(key) ?? 0);
    const at = decision.probe === 'audio' ? audioOf.get(port.path) : undefined;
    const voice = voiceOf.get(port.path);
    return { ...decision, ...(at ? { audioOf: at } : {}), ...(voice ? { voice } : {}) };
  });
}

/**
 * One port's decision without the others: an old-format enabled key is ignored rather than risk enabling
 * every identical adapter (decidePorts, given the whole list, lets it count when it is unambiguous).
 */
export function decideProbe(port: ListedPort, policy: ProbePolicy): PortProbe {
  return decideOne(port, policy, () => Infinity).probe;
}

function decideOne(port: ListedPort, policy: ProbePolicy, holdersOf: (key: string) => number): PortDecision {
  const key = portKey(port);
  const legacy = legacyPortKey(port);
  const note: Omit<PortDecision, 'probe'> = legacy && (policy.enabledPorts.includes(legacy) || policy.disabledPorts.includes(legacy)) ? { legacyKey: legacy, ...(holdersOf(legacy) > 1 ? { legacyKeyShared: true } : {}) } : {};
  const decided = (probe: PortProbe): PortDecision => ({ probe, ...note });
  // a disabled port loses to nothing: it may be a device that misbehaves when written to
  if (policy.disabledPorts.includes(key)) return { probe: 'disabled' };
  if (legacy && policy.disabledPorts.includes(legacy)) return decided('disabled');
  // whatever the enable list or the start-up names say: an audio port answers no AT and the voice path needs it
  if (isAudioPort(port)) return { ...decided('audio'), ...(policy.enabledPorts.includes(key) || (legacy && policy.enabledPorts.includes(legacy)) || port.named ? { enableIgnored: true } : {}) };
  const iface = usbInterfaceOf(port);
  if (NON_AT_INTERFACES.some(([vid, i]) => port.vendorId?.toLowerCase() === vid && iface === i)) return decided('notAt');
  if (policy.enabledPorts.includes(key)) return { probe: 'enabled' };
  if (legacy && policy.enabledPorts.includes(legacy) && holdersOf(legacy) === 1) return decided('enabled');
  if (port.named) return decided('named');
  return decided(modemMakerOf(port) ? 'modem' : 'notProbed');
}

/** What an installer can do with a port from the setup screens. */
export type PortAction = 'probe' | 'stopProbing' | 'disable' | 'allow';

/** The actions offered for a port in each state (a named or modem port can be disabled, not un-named). */
export const PORT_ACTIONS: Record<PortProbe, readonly PortAction[]> = {
  modem: ['disable'],
  named: ['disable'],
  enabled: ['stopProbing', 'disable'],
  notProbed: ['probe', 'disable'],
  disabled: ['allow'],
  notAt: [],
  audio: [],
};

/**
 * The settings lists after an action on one port key; each list keeps its order and holds a key once.
 * The key's old-format form (legacyKeyOf) is dropped with it, so a choice saved before locations existed
 * cannot outvote the installer's new one ("Allow again" on a port disabled by its old key must allow it).
 */
export function applyPortAction(policy: ProbePolicy, key: string, action: PortAction): ProbePolicy {
  const legacy = legacyKeyOf(key);
  const without = (list: readonly string[]) => list.filter((k) => k !== key && k !== legacy);
  const withKey = (list: readonly string[]) => [...without(list), key];
  switch (action) {
    case 'probe':
      return { enabledPorts: withKey(policy.enabledPorts), disabledPorts: without(policy.disabledPorts) };
    case 'stopProbing':
      return { enabledPorts: without(policy.enabledPorts), disabledPorts: [...policy.disabledPorts] };
    case 'disable':
      return { enabledPorts: without(policy.enabledPorts), disabledPorts: withKey(policy.disabledPorts) };
    case 'allow':
      return { enabledPorts: [...policy.enabledPorts], disabledPorts: without(policy.disabledPorts) };
  }
}
