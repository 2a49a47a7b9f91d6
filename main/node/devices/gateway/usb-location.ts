// Where each serial port is plugged in, for ports serialport lists without a location. On Linux serialport
// never fills `locationId` and its `pnpId` is the /dev/serial/by-id name, which is the same for two
// identical serial-less adapters (two CH340 or PL2303 cables). udev's /dev/serial/by-path names the
// physical USB socket instead (`pci-0000:00:14.0-usb-0:2:1.0-port0`): stable across replugs into the same
// socket and across ttyUSB renumbering, so it is what tells such adapters apart (probe-policy.ts portKey).
import { readdir, readlink } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ListedPort } from '../../../../common/devices/probe-policy';

export const LINUX_BY_PATH_DIR = '/dev/serial/by-path';

/**
 * Device path → by-path name, from the symlinks in `dir` (empty where there is none: not Linux, no udev).
 * Newer systemd adds a second link per port with the USB revision (`...-usbv2-0:2:1.0-port0`); the plain
 * ID_PATH name is preferred, as every udev version makes it and the revision is not where a port is.
 */
export async function readByPathNames(dir: string = LINUX_BY_PATH_DIR): Promise<Map<string, string>> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return new Map();
  }
  const links = await Promise.all(names.map(async (name) => ({ name, target: await readlink(resolve(dir, name)).then((t) => resolve(dir, t), () => undefined) })));
  const rank = (name: string) => (/-usbv\d+-/.test(name) ? 1 : 0);
  const byDevice = new Map<string, string>();
  for (const { name, target } of links.sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name))) {
    if (target && !byDevice.has(target)) byDevice.set(target, name);
  }
  return byDevice;
}

/** The same listing with `location` filled from by-path names where the OS listing gave none. */
export function withUsbLocations(list: () => Promise<ListedPort[]>, readNames: () => Promise<Map<string, string>> = readByPathNames): () => Promise<ListedPort[]> {
  return async () => {
    const [ports, names] = await Promise.all([list(), readNames()]);
    return ports.map((port) => {
      const location = port.location ?? names.get(port.path);
      return location ? { ...port, location } : port;
    });
  };
}
