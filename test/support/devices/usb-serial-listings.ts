// Serial ports as serialport's Linux list() (bindings-cpp linux-list.js, from `udevadm info -e`) reports
// common USB-serial adapters, after listOsSerialPorts drops the fields udev left empty. CH340 and PL2303
// cables have no serial number, so two of them share vendor/product ids and by-id name (pnpId) and only
// the udev by-path name (where they are plugged in) tells them apart; serialport itself never fills
// locationId on Linux, so `location` is that by-path name (gateway/usb-location.ts). FTDI FT232R has a serial.
import type { ListedPort } from '../../../common/devices/probe-policy';

/** by-path names as udev's 60-serial.rules makes them: `$ID_PATH-port$port_number` */
export const SOCKET_A = 'pci-0000:00:14.0-usb-0:2:1.0-port0';
export const SOCKET_B = 'pci-0000:00:14.0-usb-0:3:1.0-port0';

export const ch340 = (path: string, location?: string): ListedPort => ({
  path,
  manufacturer: '1a86',
  vendorId: '1a86',
  productId: '7523',
  pnpId: 'usb-1a86_USB2.0-Serial-if00-port0',
  ...(location ? { location } : {}),
});

export const pl2303 = (path: string, location?: string): ListedPort => ({
  path,
  manufacturer: 'Prolific Technology Inc.',
  vendorId: '067b',
  productId: '2303',
  pnpId: 'usb-Prolific_Technology_Inc._USB-Serial_Controller-if00-port0',
  ...(location ? { location } : {}),
});

export const ftdi = (path: string, location?: string): ListedPort => ({
  path,
  manufacturer: 'FTDI',
  vendorId: '0403',
  productId: '6001',
  serialNumber: 'A50285BI',
  pnpId: 'usb-FTDI_FT232R_USB_UART_A50285BI-if00-port0',
  ...(location ? { location } : {}),
});
