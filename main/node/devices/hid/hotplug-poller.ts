// node-hid has no hotplug events: enumerate at an interval and diff by path. `poll()` is the test seam.
import type { HidDeviceInfo } from './hid-device-info';

export interface DeviceDiff {
  readonly attached: readonly HidDeviceInfo[];
  readonly detached: readonly string[];
}

export class HotplugPoller {
  private known = new Map<string, HidDeviceInfo>();
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;

  constructor(
    private readonly list: () => Promise<readonly HidDeviceInfo[]>,
    private readonly onChange: (diff: DeviceDiff) => void | Promise<void>,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  /** One enumeration and diff; overlapping calls share the round in progress. */
  poll(): Promise<void> {
    this.polling ??= this.round().finally(() => { this.polling = null; });
    return this.polling;
  }

  /** The next round reports this path as attached again (a device worth retrying, e.g. after a udev rule). */
  forget(path: string): void {
    this.known.delete(path);
  }

  start(intervalMs: number): void {
    if (this.timer) return;
    void this.poll();
    this.timer = setInterval(() => void this.poll(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async round(): Promise<void> {
    let current: readonly HidDeviceInfo[];
    try {
      current = await this.list();
    } catch (error) {
      this.onError(error);
      return; // keep the last known set: a failed enumeration is not an unplug
    }
    const next = new Map(current.filter((d) => d.path).map((d) => [d.path!, d]));
    const attached = [...next.values()].filter((d) => !this.known.has(d.path!));
    const detached = [...this.known.keys()].filter((path) => !next.has(path));
    this.known = next;
    if (attached.length > 0 || detached.length > 0) await this.onChange({ attached, detached });
  }
}
