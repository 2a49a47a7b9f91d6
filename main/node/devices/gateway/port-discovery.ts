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
