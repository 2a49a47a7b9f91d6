// Everything the headset service needs from the outside world, as one seam: node-hid + sysfs in
// production, virtual headsets in tests and in the browser harness.
import type { ParseResult } from '../../../../common/hid/descriptor-parser';
import type { HidDeviceInfo } from './hid-device-info';
import type { AccessStatus } from './access-probe';
import type { ClosableTransport } from './node-hid-transport';

export interface HidBackend {
  listDevices(): Promise<readonly HidDeviceInfo[]>;
  /** Permission check before open; backends without permissions return 'ok'. */
  probeAccess(device: HidDeviceInfo): Promise<AccessStatus>;
  /** Where each report field sits: from the raw descriptor (Linux sysfs) or from WebHID's parsed collections. */
  readLayout(device: HidDeviceInfo): Promise<ParseResult>;
  open(device: HidDeviceInfo, outputReportBytes: ReadonlyMap<number, number>): Promise<ClosableTransport>;
}
