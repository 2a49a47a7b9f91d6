// A quick look at what is plugged in, for diagnostics: HID devices with a Telephony usage page (0x0B)
// and serial ports. Each source fails on its own: a broken HID stack still lets ports be listed.
import type { SerialPortInfo } from '../../../../common/devices/host-protocol';
import { modemMakerOf } from '../../../../common/devices/modem-usb-ids';
import { portKey, type ListedPort, type PortProbe } from '../../../../common/devices/probe-policy';
import { listOsSerialPorts, type PortLister } from '../gateway/port-discovery';

const TELEPHONY_USAGE_PAGE = 0x0b;

export interface Inventory {
  headsets: { id: string; name: string; vendorId: number; productId: number }[];
  serialPorts: SerialPortInfo[];
}

export async function readInventory(): Promise<Inventory> {
  const [headsets, serialPorts] = await Promise.all([listTelephonyHid().catch(() => []), listSerialPorts().catch(() => [])]);
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

/** A listed port as main and the setup screens see it; `probe` where the probe policy has decided. */
export function serialPortInfo(port: ListedPort, probe?: PortProbe): SerialPortInfo {
  const maker = modemMakerOf(port);
  return {
    path: port.path,
    ...(port.manufacturer ? { manufacturer: port.manufacturer } : {}),
    ...(port.vendorId ? { vendorId: port.vendorId } : {}),
    ...(port.productId ? { productId: port.productId } : {}),
    key: portKey(port),
    ...(probe ? { probe } : {}),
    ...(maker ? { maker } : {}),
  };
}

/** The OS's serial ports for a diagnostics scan, through the same lister the devices process polls with. */
export async function listSerialPorts(list: PortLister = listOsSerialPorts): Promise<SerialPortInfo[]> {
  return (await list()).map((port) => serialPortInfo(port));
}
