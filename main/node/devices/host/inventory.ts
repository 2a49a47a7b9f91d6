// A quick look at what is plugged in, for diagnostics: HID devices with a Telephony usage page (0x0B)
// and serial ports. Each source fails on its own: a broken HID stack still lets ports be listed.
import type { SerialPortInfo } from '../../../../common/devices/host-protocol';
import { modemMakerOf } from '../../../../common/devices/modem-usb-ids';
import { decidePorts, portKey, type ListedPort, type PortDecision, type PortProbe, type ProbePolicy } from '../../../../common/devices/probe-policy';
import { listOsSerialPorts, withExplicitPorts, type PortLister } from '../gateway/port-discovery';

const TELEPHONY_USAGE_PAGE = 0x0b;

export interface Inventory {
  headsets: { id: string; name: string; vendorId: number; productId: number }[];
  serialPorts: SerialPortInfo[];
}

export interface ScanOptions {
  /** the installer's port choices (settings.gateways): with them each port says whether it is probed and why */
  policy?: ProbePolicy;
  /** ports named at start-up (DIALDECK_SERIAL_PORTS), which the devices process probes too */
  named?: readonly string[];
  list?: PortLister;
}

export async function readInventory(options: ScanOptions = {}): Promise<Inventory> {
  const [headsets, serialPorts] = await Promise.all([listTelephonyHid().catch(() => []), listSerialPorts(options).catch(() => [])]);
  return { headsets, serialPorts };
}

async function listTelephonyHid(): Promise<Inventory['headsets']> {
  const { devicesAsync } = await import('node-hid');
  const seen = new Map<string, Inventory['headsets'][number]>();
  for (const d of await devicesAsync()) {
    if (d.usagePage !== TELEPHONY_USAGE_PAGE || !d.path) continue;
    seen.set(d.path, { id: d.path, name: d.product ?? `${d.vendorId.toString(16)}:${d.productId.toString(16)}`, vendorId: d.vendorId, productId: d.productId });
  }
  return [...seen.values()];
}

/** A listed port as main and the setup screens see it; `probe` (and any old-key note) where the probe policy has decided. */
export function serialPortInfo(port: ListedPort, decision?: PortProbe | PortDecision): SerialPortInfo {
  const maker = modemMakerOf(port);
  const { probe, legacyKey, legacyKeyShared, audioOf, enableIgnored, voice } = typeof decision === 'string' ? { probe: decision } : (decision ?? {});
  return {
    path: port.path,
    ...(port.manufacturer ? { manufacturer: port.manufacturer } : {}),
    ...(port.vendorId ? { vendorId: port.vendorId } : {}),
    ...(port.productId ? { productId: port.productId } : {}),
    key: portKey(port),
    ...(probe ? { probe } : {}),
    ...(maker ? { maker } : {}),
    ...(port.location ? { location: port.location } : {}),
    ...(legacyKey ? { legacyKey } : {}),
    ...(legacyKeyShared ? { legacyKeyShared } : {}),
    ...(audioOf ? { audioOf } : {}),
    ...(enableIgnored ? { enableIgnored } : {}),
    ...(voice ? { voice } : {}),
  };
}

/**
 * The serial ports for a diagnostics scan, through the same lister (and named ports) the devices process
 * polls with. With the installer's policy each port carries its probe state, decided over the whole list
 * as the devices process does; without it the state is left out rather than guessed.
 */
export async function listSerialPorts({ list = listOsSerialPorts, named = [], policy }: ScanOptions = {}): Promise<SerialPortInfo[]> {
  const ports = await withExplicitPorts(list, named)();
  const decisions = policy ? decidePorts(ports, policy) : [];
  return ports.map((port, i) => serialPortInfo(port, decisions[i]));
}
