// A HidBackend whose devices are VirtualHeadsets: lets the real HeadsetService run with no hardware
// (tests, the browser harness). Plug and unplug change what the next enumeration sees.
import { parseDescriptor, type ParseResult } from '../../../../common/hid/descriptor-parser';
import type { HidBackend } from './hid-backend';
import type { HidDeviceInfo } from './hid-device-info';
import type { VirtualHeadset } from './virtual-headset';
import type { AccessStatus } from './access-probe';

export interface VirtualDevice {
  readonly info: HidDeviceInfo;
  readonly headset: VirtualHeadset;
  /** Simulates a hidraw node without a udev rule. */
  readonly access?: AccessStatus;
}

export class VirtualHidBackend implements HidBackend {
  private readonly devices = new Map<string, VirtualDevice>();

  plug(device: VirtualDevice): void {
    device.headset.replug();
    this.devices.set(device.info.path!, device);
  }

  unplug(path: string): void {
    this.devices.get(path)?.headset.unplug();
    this.devices.delete(path);
  }

  async listDevices(): Promise<readonly HidDeviceInfo[]> {
    return [...this.devices.values()].map((d) => d.info);
  }

  async probeAccess(device: HidDeviceInfo): Promise<AccessStatus> {
    return this.get(device).access ?? 'ok';
  }

  async readLayout(device: HidDeviceInfo): Promise<ParseResult> {
    return parseDescriptor(this.get(device).headset.descriptor);
  }

  async open(device: HidDeviceInfo): Promise<VirtualHeadset> {
    return this.get(device).headset;
  }

  private get(device: HidDeviceInfo): VirtualDevice {
    const found = this.devices.get(device.path ?? '');
    if (!found) throw new Error(`no virtual device at ${device.path}`);
    return found;
  }
}
