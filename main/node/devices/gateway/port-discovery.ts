import { access, readFile } from 'node:fs/promises';
import { SerialPort } from 'serialport';
import { decideProbe, isProbed, located, NO_PORT_CHOICES, usbInterfaceOf, type ListedPort, type PortProbe } from '../../../../common/devices/probe-policy';
import { withUsbLocations } from './usb-location';

export type { ListedPort } from '../../../../common/devices/probe-policy';

export interface PortCandidate {
  path: string;
  /** USB identity (vid:pid:serial:interface, plus @location without a serial) when the OS reports it; the fallback identity without an IMEI. */
  usbId?: string;
}

const NEVER_AT: ReadonlySet<PortProbe> = new Set<PortProbe>(['notAt', 'audio']);

/** The one seam through which serial ports are listed (tests pass a counting or scripted lister). */
export type PortLister = () => Promise<ListedPort[]>;

/** serialport's list(), with the fields the probe policy and the setup screens use (location: see usb-location.ts). */
export const listOsSerialPorts: PortLister = withUsbLocations(async () =>
  (await SerialPort.list()).map((p) => ({
    path: p.path,
    ...(p.manufacturer ? { manufacturer: p.manufacturer } : {}),
    ...(p.vendorId ? { vendorId: p.vendorId } : {}),
    ...(p.productId ? { productId: p.productId } : {}),
    ...(p.serialNumber ? { serialNumber: p.serialNumber } : {}),
    ...(p.pnpId ? { pnpId: p.pnpId } : {}),
    ...(p.locationId ? { location: p.locationId } : {}),
  })));

/**
 * The port listing read from a JSON file (an array of ListedPort) instead of the OS, every round: the
 * harness's --serial-listing, so an end-to-end test can show socat PTYs as a USB modem's interfaces.
 * An unreadable or malformed file lists nothing.
 */
export function listPortsFromFile(file: string): PortLister {
  return async () => {
    const text = await readFile(file, 'utf8').catch(() => '[]');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return [];
    }
    return Array.isArray(parsed) ? parsed.filter((p): p is ListedPort => typeof p === 'object' && p !== null && typeof (p as { path?: unknown }).path === 'string') : [];
  };
}

/**
 * A serial-less adapter's id carries where it is plugged in (as portKey does): two FXO modems behind
 * identical CH340 cables have no IMEI and would otherwise be one line.
 */
export function toCandidate(p: ListedPort): PortCandidate {
  return { path: p.path, usbId: p.vendorId ? located([p.vendorId, p.productId, p.serialNumber, usbInterfaceOf(p)].join(':'), p) : undefined };
}

/** The OS's ports that may carry AT commands at all (diag CLI `gateway list`): a modem's non-AT and audio interfaces left out. */
export async function listSerialPorts(list: PortLister = listOsSerialPorts): Promise<PortCandidate[]> {
  return (await list()).filter((p) => !NEVER_AT.has(decideProbe(p, NO_PORT_CHOICES))).map(toCandidate);
}

/** Ports a gateway service may probe without an installer's word: those with a modem maker's USB ids. */
export async function listModemPorts(list: PortLister = listOsSerialPorts): Promise<PortCandidate[]> {
  return (await list()).filter((p) => isProbed(decideProbe(p, NO_PORT_CHOICES))).map(toCandidate);
}

/**
 * The OS's port list plus ports named explicitly (DIALDECK_SERIAL_PORTS / the harness's --serial-port).
 * WHY: serialport's list() only shows ports udev reports as serial devices, so a socat PTY (tests) or an
 * adapter the OS lists oddly (installers) would never be probed. A named port is offered only while its
 * path exists, so unplugging it still takes its line offline like a listed port. Named ports are marked
 * `named`: the installer chose them, so the probe policy lets them be probed (unless disabled).
 */
export function withExplicitPorts<T extends { path: string }>(list: () => Promise<T[]>, paths: readonly string[]): () => Promise<Array<T | { path: string; named: true }>> {
  if (paths.length === 0) return list;
  return async () => {
    const listed = await list();
    const named = new Set(paths);
    const known = new Set(listed.map((p) => p.path));
    const extra = await Promise.all(paths.filter((path) => !known.has(path)).map(async (path) => ((await exists(path)) ? [{ path, named: true as const }] : [])));
    return [...listed.map((p) => (named.has(p.path) ? { ...p, named: true as const } : p)), ...extra.flat()];
  };
}

const exists = (path: string): Promise<boolean> => access(path).then(() => true, () => false);
