// A headset that exists only in memory, built from a real descriptor: it frames input reports exactly
// where that descriptor puts each control, records every output report it receives, and reverts the
// hook like a Jabra when no Off-Hook acknowledgement arrives. Used by tests and the browser harness.
import { mapTelephonyDescriptor, type InputRole, type OutputRole, type TelephonyMap } from '../../../../common/hid/telephony-map';
import { readBits, writeBits } from '../../../../common/hid/report-bits';
import type { ClosableTransport } from './node-hid-transport';

export interface VirtualHeadsetOptions {
  /** Time without an Off-Hook echo after which the device takes its hook change back (Jabra: ~2000 ms). 0 = never. */
  readonly revertMs?: number;
  readonly setTimer?: (fn: () => void, ms: number) => unknown;
  readonly clearTimer?: (handle: unknown) => void;
}

type Listener = (report: Uint8Array) => void;

export class VirtualHeadset implements ClosableTransport {
  readonly map: TelephonyMap;
  /** Every output report received, in order, as written: [reportId, ...payload]. */
  readonly written: Uint8Array[] = [];
  private readonly listeners = new Set<Listener>();
  private readonly inputs = new Map<number, Uint8Array>();
  private readonly outputs = new Map<number, Uint8Array>();
  private revertTimer: unknown = null;
  private last: Uint8Array | null = null;
  private readonly closeListeners: ((error?: unknown) => void)[] = [];
  private readonly writeListeners = new Set<(report: Uint8Array) => void>();
  private connected = true;

  static fromHex(descriptorHex: string, options: VirtualHeadsetOptions = {}): VirtualHeadset {
    return new VirtualHeadset(Uint8Array.from(Buffer.from(descriptorHex, 'hex')), options);
  }

  constructor(readonly descriptor: Uint8Array, private readonly options: VirtualHeadsetOptions = {}) {
    const mapped = mapTelephonyDescriptor(descriptor);
    if (!mapped.ok) throw new Error(`virtual headset needs a telephony descriptor: ${mapped.reason}`);
    this.map = mapped.map;
  }

  write(report: Uint8Array): void {
    if (!this.connected) throw new Error('could not write to HID device: unplugged');
    const copy = Uint8Array.from(report);
    this.written.push(copy);
    this.outputs.set(copy[0]!, copy.subarray(1));
    if (this.revertTimer !== null && this.led('offHook') === this.input('hookSwitch')) this.cancelRevert();
    for (const listener of this.writeListeners) listener(copy);
  }

  /** Observes output reports as they arrive (e.g. to wait for the Off-Hook acknowledgement). */
  onWrite(listener: (report: Uint8Array) => void): () => void {
    this.writeListeners.add(listener);
    return () => this.writeListeners.delete(listener);
  }

  onClose(listener: (error?: unknown) => void): void {
    this.closeListeners.push(listener);
  }

  async close(): Promise<void> {
    this.disconnect();
  }

  /** Pulls the plug: the open transport reports an error, as node-hid does when a device vanishes mid-read. */
  unplug(): void {
    this.disconnect(new Error('could not read from HID device'));
  }

  /** Plugs it back in: a fresh transport, LEDs dark and buttons released, as a real reconnected device. */
  replug(): void {
    this.connected = true;
    this.outputs.clear();
    this.inputs.clear();
    this.closeListeners.length = 0;
  }

  private disconnect(error?: unknown): void {
    if (!this.connected) return;
    this.connected = false;
    this.listeners.clear();
    for (const listener of this.closeListeners.splice(0)) listener(error);
  }

  onReport(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Lifts (true) or lays down (false) the hook; a relative hook sends a press and release instead. */
  setHook(offHook: boolean): void {
    const hook = this.control('hookSwitch');
    if (hook.relative) return this.press('hookSwitch');
    this.set(hook.role!, offHook ? 1 : 0);
    this.emit(hook.reportId);
    this.scheduleRevert(offHook);
  }

  /** A momentary button: 1 then 0, as every real mute/flash/redial press arrives. */
  press(role: InputRole): void {
    const control = this.control(role);
    this.set(role, 1);
    this.emit(control.reportId);
    this.set(role, 0);
    this.emit(control.reportId);
  }

  pressMute(): void {
    this.press('phoneMute');
  }

  /** Sends the previous input report again (Plantronics' ~50 ms double report). */
  repeatLast(): void {
    if (this.last) this.deliver(this.last);
  }

  /** The LED value most recently written for a role, or undefined if the device has no such LED. */
  led(role: OutputRole): boolean | undefined {
    const control = this.map.outputs.find((c) => c.role === role);
    if (!control) return undefined;
    const payload = this.outputs.get(control.reportId);
    return payload ? readBits(payload, control.bitOffset, control.bitSize) !== 0 : false;
  }

  private input(role: InputRole): boolean {
    const control = this.control(role);
    return readBits(this.payload(control.reportId), control.bitOffset, control.bitSize) !== 0;
  }

  private scheduleRevert(offHook: boolean): void {
    const revertMs = this.options.revertMs ?? 0;
    this.cancelRevert();
    if (revertMs <= 0 || this.led('offHook') === offHook) return;
    const setTimer = this.options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.revertTimer = setTimer(() => {
      this.revertTimer = null;
      const hook = this.control('hookSwitch');
      this.set('hookSwitch', offHook ? 0 : 1);
      this.emit(hook.reportId);
    }, revertMs);
  }

  private cancelRevert(): void {
    if (this.revertTimer === null) return;
    (this.options.clearTimer ?? ((h) => clearTimeout(h as NodeJS.Timeout)))(this.revertTimer);
    this.revertTimer = null;
  }

  private control(role: InputRole) {
    const control = this.map.inputs.find((c) => c.role === role);
    if (!control) throw new Error(`this headset has no ${role} control`);
    return control;
  }

  private set(role: InputRole, value: number): void {
    const control = this.control(role);
    writeBits(this.payload(control.reportId), control.bitOffset, control.bitSize, value);
  }

  private payload(reportId: number): Uint8Array {
    let payload = this.inputs.get(reportId);
    if (!payload) {
      payload = new Uint8Array(this.map.inputReportBytes.get(reportId) ?? 1);
      this.inputs.set(reportId, payload);
    }
    return payload;
  }

  private emit(reportId: number): void {
    const payload = this.payload(reportId);
    const report = this.map.usesReportIds ? Uint8Array.of(reportId, ...payload) : Uint8Array.from(payload);
    this.last = report;
    this.deliver(report);
  }

  private deliver(report: Uint8Array): void {
    for (const listener of this.listeners) listener(Uint8Array.from(report));
  }
}
