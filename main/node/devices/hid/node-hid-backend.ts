// The production backend: node-hid enumeration and I/O. Report layouts come from sysfs on Linux and from
// Chromium's WebHID collections elsewhere (see README.md), never from a table of known devices.
import HID from 'node-hid';
import { parseDescriptor, type ParseResult } from '../../../../common/hid/descriptor-parser';
import { parsedFromWebHid, type WebHidCollectionInfo } from '../../../../common/hid/webhid-collections';
import { probeHidrawAccess } from './access-probe';
import { openNodeHidTransport } from './node-hid-transport';
import { readSysfsDescriptor } from './sysfs-descriptor';
import type { HidBackend } from './hid-backend';
import type { HidDeviceInfo } from './hid-device-info';

export interface NodeHidBackendOptions {
  readonly platform?: NodeJS.Platform;
  /**
   * Windows/macOS: `HIDDevice.collections` of the same device, obtained by a renderer through WebHID and passed
   * to main over IPC; resolves null when WebHID does not see the device.
   */
  readonly webHidCollections?: (device: HidDeviceInfo) => Promise<readonly WebHidCollectionInfo[] | null>;
}

export function createNodeHidBackend(options: NodeHidBackendOptions = {}): HidBackend {
  const platform = options.platform ?? process.platform;
  const linux = platform === 'linux';
  return {
    listDevices: () => HID.devicesAsync(),
    probeAccess: async (device) => (linux && device.path ? probeHidrawAccess(device.path) : 'ok'),
    readLayout: async (device): Promise<ParseResult> => {
      if (linux && device.path) return parseDescriptor(await readSysfsDescriptor(device.path));
      const collections = await options.webHidCollections?.(device);
      if (collections) return { ok: true, descriptor: parsedFromWebHid(collections) };
      return { ok: false, error: 'unsupported descriptor', reason: `no report layout on ${platform}: node-hid cannot read descriptors and no WebHID collections were supplied` };
    },
    open: (device, outputReportBytes) => openNodeHidTransport(device.path!, outputReportBytes),
  };
}
