// Decides, per listed serial port, whether the gateway service may open it and send AT commands.
// Only modems are probed on their own; anything else waits for the installer (see modem-usb-ids.ts).
import { z } from 'zod';
import type { GatewaySettings } from '../settings/gateways';
import { modemMakerOf } from './modem-usb-ids';

/** A serial port as serialport's list() reports it (fields as strings, absent when the OS does not say). */
export interface ListedPort {
  path: string;
  manufacturer?: string;
  vendorId?: string;
  productId?: string;
  serialNumber?: string;
  pnpId?: string;
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
 */
export const PortProbe = z.enum(['modem', 'enabled', 'named', 'notProbed', 'disabled', 'notAt']);
export type PortProbe = z.infer<typeof PortProbe>;

export const isProbed = (probe: PortProbe): boolean => probe === 'modem' || probe === 'enabled' || probe === 'named';

/** The USB interface number from a Linux by-id name ("...-if02-port0"), if any. */
export const usbInterfaceOf = (port: Pick<ListedPort, 'pnpId'>): string | undefined => /-if([0-9a-f]{2})/i.exec(port.pnpId ?? '')?.[1]?.toLowerCase();

/**
 * The key settings remember a port by: `usb:vid:pid:serial:interface` for USB ports (ttyUSB numbers change
 * with plug order, and an enabled modem must not hand its permission to a scale that took its old name),
 * the path for everything else (ttyS0, a PTY).
 */
export function portKey(port: ListedPort): string {
  if (!port.vendorId) return port.path;
  return ['usb', port.vendorId.toLowerCase(), (port.productId ?? '').toLowerCase(), port.serialNumber ?? '', usbInterfaceOf(port) ?? ''].join(':');
}

/** Quectel's DM and NMEA interfaces (00/01) take no AT commands; writing to DM can upset the module (notes §9). */
const NON_AT_INTERFACES: ReadonlyArray<[vendorId: string, iface: string]> = [
  ['2c7c', '00'],
  ['2c7c', '01'],
];

export type ProbePolicy = Pick<GatewaySettings, 'enabledPorts' | 'disabledPorts'>;

/** No installer choices: only modems, and ports named at start-up, are probed. */
export const NO_PORT_CHOICES: ProbePolicy = { enabledPorts: [], disabledPorts: [] };

export function decideProbe(port: ListedPort, policy: ProbePolicy): PortProbe {
  const key = portKey(port);
  // a disabled port loses to nothing: it may be a device that misbehaves when written to
  if (policy.disabledPorts.includes(key)) return 'disabled';
  const iface = usbInterfaceOf(port);
  if (NON_AT_INTERFACES.some(([vid, i]) => port.vendorId?.toLowerCase() === vid && iface === i)) return 'notAt';
  if (policy.enabledPorts.includes(key)) return 'enabled';
  if (port.named) return 'named';
  return modemMakerOf(port) ? 'modem' : 'notProbed';
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
};

/** The settings lists after an action on one port key; each list keeps its order and holds a key once. */
export function applyPortAction(policy: ProbePolicy, key: string, action: PortAction): ProbePolicy {
  const without = (list: readonly string[]) => list.filter((k) => k !== key);
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
