// The subset of node-hid's Device record the headset code relies on (one entry per top-level collection).
export interface HidDeviceInfo {
  readonly path?: string | undefined;
  readonly vendorId: number;
  readonly productId: number;
  readonly product?: string | undefined;
  readonly manufacturer?: string | undefined;
  readonly serialNumber?: string | undefined;
  readonly usagePage?: number | undefined;
  readonly usage?: number | undefined;
}

export const TELEPHONY_USAGE_PAGE = 0x0b;

/**
 * Telephony collections, one entry per openable path. On Linux/macOS every collection of an interface
 * shares one path; on Windows the 0x0B collection has its own path and only it takes telephony reports.
 */
export function telephonyDevices(all: readonly HidDeviceInfo[]): HidDeviceInfo[] {
  const byPath = new Map<string, HidDeviceInfo>();
  for (const d of all) {
    if (d.usagePage === TELEPHONY_USAGE_PAGE && d.path && !byPath.has(d.path)) byPath.set(d.path, d);
  }
  return [...byPath.values()];
}
