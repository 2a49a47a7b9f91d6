import { access } from 'node:fs/promises';
import { SerialPort } from 'serialport';

export interface PortCandidate {
  path: string;
  /** USB identity (vid:pid:serial:interface) when the OS reports it; the fallback identity without an IMEI. */
  usbId?: string;
}

/** Known non-AT interfaces (Quectel DM/NMEA = interface 00/01; notes §9) must never be opened as AT ports. */
const NON_AT_INTERFACES: ReadonlyArray<[vendorId: string, iface: string]> = [
  ['2c7c', '00'],
  ['2c7c', '01'],
];

export async function listSerialPorts(): Promise<PortCandidate[]> {
  const ports = await SerialPort.list();
  return ports
    .filter((p) => {
      const iface = /-if(\d\d)/i.exec(p.pnpId ?? '')?.[1];
      return !NON_AT_INTERFACES.some(([vid, i]) => p.vendorId?.toLowerCase() === vid && iface === i);
    })
    .map((p) => ({
      path: p.path,
      usbId: p.vendorId ? [p.vendorId, p.productId, p.serialNumber, /-if(\d\d)/i.exec(p.pnpId ?? '')?.[1]].join(':') : undefined,
    }));
}

/**
 * The OS's port list plus ports named explicitly (DIALDECK_SERIAL_PORTS / the harness's --serial-port).
 * WHY: serialport's list() only shows ports udev reports as serial devices, so a socat PTY (tests) or an
 * adapter the OS lists oddly (installers) would never be probed. A named port is offered only while its
 * path exists, so unplugging it still takes its line offline like a listed port.
 */
export function withExplicitPorts<T extends { path: string }>(list: () => Promise<T[]>, paths: readonly string[]): () => Promise<Array<T | { path: string }>> {
  if (paths.length === 0) return list;
  return async () => {
    const listed = await list();
    const known = new Set(listed.map((p) => p.path));
    const extra = await Promise.all(paths.filter((path) => !known.has(path)).map(async (path) => ((await exists(path)) ? [{ path }] : [])));
    return [...listed, ...extra.flat()];
  };
}

const exists = (path: string): Promise<boolean> => access(path).then(() => true, () => false);
