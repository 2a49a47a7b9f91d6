// HidTransport over node-hid's asynchronous API (the sync one can block Electron's main loop for seconds on Windows).
import HID from 'node-hid';
import type { HidTransport } from '../../../../common/hid/transport';

export interface ClosableTransport extends HidTransport {
  /** Called once when the device goes away (unplug, error mid-read) or is closed. */
  onClose(listener: (error?: unknown) => void): void;
  close(): Promise<void>;
}

export async function openNodeHidTransport(path: string, outputReportBytes: ReadonlyMap<number, number>): Promise<ClosableTransport> {
  // nonExclusive: Teams, Jabra Direct or Poly Lens may hold the same device on macOS.
  const device = await HID.HIDAsync.open(path, { nonExclusive: true });
  return new NodeHidTransport(device, outputReportBytes);
}

export class NodeHidTransport implements ClosableTransport {
  private readonly closeListeners: ((error?: unknown) => void)[] = [];
  private closed = false;
  private handleReleased = false;

  constructor(private readonly device: HID.HIDAsync, private readonly outputReportBytes: ReadonlyMap<number, number>) {
    device.on('error', (error: unknown) => this.finish(error));
  }

  async write(report: Uint8Array): Promise<void> {
    // Windows rejects anything shorter than the full report: pad to 1 + payload length.
    const length = 1 + (this.outputReportBytes.get(report[0]!) ?? report.length - 1);
    const buffer = Buffer.alloc(Math.max(length, report.length));
    buffer.set(report);
    await this.device.write(buffer);
  }

  onReport(listener: (report: Uint8Array) => void): () => void {
    const handler = (data: Buffer) => listener(Uint8Array.from(data));
    this.device.on('data', handler);
    return () => this.device.off('data', handler);
  }

  onClose(listener: (error?: unknown) => void): void {
    this.closeListeners.push(listener);
  }

  /** Releases the handle even after a read error: the error only told us the device is gone. */
  async close(): Promise<void> {
    this.finish();
    if (this.handleReleased) return;
    this.handleReleased = true;
    await this.device.close();
  }

  private finish(error?: unknown): void {
    if (this.closed) return;
    this.closed = true;
    for (const listener of this.closeListeners) listener(error);
  }
}
