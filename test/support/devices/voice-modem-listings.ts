// Voice modems as serialport's Linux list() reports them: one ListedPort per tty, pnpId the
// /dev/serial/by-id name (`-ifNN` = USB interface number), location the /dev/serial/by-path name
// (`...-usb-0:2:1.NN-port0`, the interface after the dot). Paths are given in interface order, as the
// option driver numbers them on a clean boot; a test passes other paths to mimic renumbering.
import type { ListedPort } from '../../../common/devices/probe-policy';

export type DongleListing = ListedPort[];

interface Where {
  serialNumber?: string;
  /** the by-path name of the device without its `:1.NN-port0` tail, e.g. `pci-0000:00:14.0-usb-0:2` */
  location?: string;
}

const dongle = (ids: Pick<ListedPort, 'vendorId' | 'productId' | 'manufacturer'>, byId: string, paths: readonly string[], where: Where): DongleListing =>
  paths.map((path, i) => {
    const iface = String(i).padStart(2, '0');
    return {
      path,
      ...ids,
      ...(where.serialNumber ? { serialNumber: where.serialNumber } : {}),
      pnpId: `usb-${byId}-if${iface}-port0`,
      ...(where.location ? { location: `${where.location}:1.${i}-port0` } : {}),
    };
  });

/** Huawei E1550 (12d1:1001): if00 modem, if01 voice, if02 AT (PCUI). No USB serial number. */
export const huaweiE1550 = (paths: readonly string[], where: Where = {}): DongleListing =>
  dongle({ vendorId: '12d1', productId: '1001', manufacturer: 'HUAWEI Technology' }, 'HUAWEI_Technology_HUAWEI_Mobile', paths, where);

/** SIMCom SIM7600 (1e0e:9001): if00 QCDM, if01 GPS, if02 AT, if03 AT, if04 audio. */
export const simcom7600 = (paths: readonly string[], { serialNumber = '0123456789ABCDEF', location }: Where = {}): DongleListing =>
  dongle({ vendorId: '1e0e', productId: '9001', manufacturer: 'SimTech, Incorporated' }, `SimTech__Incorporated_SimTech__Incorporated_${serialNumber}`, paths, { serialNumber, ...(location ? { location } : {}) });

/** Quectel EC25 (2c7c:0125): if00 DM, if01 NMEA (PCM with AT+QPCMV=1,0), if02 AT, if03 AT (modem). */
export const quectelEc25 = (paths: readonly string[], where: Where = {}): DongleListing =>
  dongle({ vendorId: '2c7c', productId: '0125', manufacturer: 'Quectel' }, 'Quectel_EC25', paths, where);
