// Every telephony headset attached to the machine, one of them active. The API is plain data in and out
// so it can be exposed over IPC as is: list(), setActive(id), setCallState(state), resendAll(),
// events 'button' and 'devices'.
import { EventEmitter } from 'node:events';
import { HeadsetController } from '../../../../common/hid/headset-controller';
import { IDLE } from '../../../../common/hid/headset-state-machine';
import type { CallState, HeadsetButtonEvent, HeadsetInfo } from '../../../../common/hid/headset-api';
import { mapTelephonyLayout, type TelephonyMap } from '../../../../common/hid/telephony-map';
import { HotplugPoller, type DeviceDiff } from './hotplug-poller';
import { telephonyDevices, type HidDeviceInfo } from './hid-device-info';
import type { HidBackend } from './hid-backend';
import type { ClosableTransport } from './node-hid-transport';
import type { DeviceEvent } from '../../../../common/hid/device-events';

export interface HeadsetInputEvent {
  readonly deviceId: string;
  readonly event: DeviceEvent;
}

export interface HeadsetServiceEvents {
  /** An action of the active headset the app should carry out. */
  button: [HeadsetButtonEvent];
  /** Every decoded input of every headset, acted on or not (diagnostics). */
  input: [HeadsetInputEvent];
  devices: [readonly HeadsetInfo[]];
  error: [unknown];
}

export interface HeadsetServiceOptions {
  readonly backend: HidBackend;
  readonly now?: () => number;
  readonly pollIntervalMs?: number;
}

interface Entry {
  info: HeadsetInfo;
  controller?: HeadsetController;
  transport?: ClosableTransport;
}

export class HeadsetService extends EventEmitter<HeadsetServiceEvents> {
  private readonly entries = new Map<string, Entry>();
  private readonly poller: HotplugPoller;
  private activeId: string | null = null;
  private lastAnnounced = '';
  private callState: CallState = IDLE;
  private readonly now: () => number;

  constructor(private readonly options: HeadsetServiceOptions) {
    super();
    this.now = options.now ?? (() => performance.now());
    this.poller = new HotplugPoller(
      async () => telephonyDevices(await options.backend.listDevices()),
      (diff) => this.apply(diff),
      (error) => this.reportError(error),
    );
  }

  start(): void {
    this.poller.start(this.options.pollIntervalMs ?? 2000);
  }

  /** Enumerates once now (also the test seam); resolves when attached devices are open. */
  refresh(): Promise<void> {
    return this.poller.poll();
  }

  async stop(): Promise<void> {
    this.poller.stop();
    // Forget the entries first so the transports' close callbacks do not announce a detach.
    const entries = [...this.entries.values()];
    this.entries.clear();
    this.activeId = null;
    await Promise.all(entries.map((e) => this.close(e)));
  }

  list(): HeadsetInfo[] {
    return [...this.entries.values()].map((e) => ({ ...e.info, active: e.info.id === this.activeId }));
  }

  setActive(id: string): void {
    const entry = this.entries.get(id);
    if (!entry?.controller) throw new Error(`no usable headset with id ${id}`);
    if (id === this.activeId) return;
    const previous = this.activeId === null ? undefined : this.entries.get(this.activeId);
    this.activeId = id;
    previous?.controller?.setCallState(IDLE);
    entry.controller.setCallState(this.callState);
    this.emitDevices();
  }

  setCallState(state: CallState): void {
    this.callState = state;
    this.active()?.setCallState(state);
  }

  /** Re-sends every LED report of every open headset: call after resume from sleep. */
  resendAll(): void {
    for (const entry of this.entries.values()) entry.controller?.resendAll();
  }

  private active(): HeadsetController | undefined {
    return this.activeId === null ? undefined : this.entries.get(this.activeId)?.controller;
  }

  private async apply(diff: DeviceDiff): Promise<void> {
    for (const id of diff.detached) this.detach(id);
    for (const device of diff.attached) await this.attach(device);
    this.emitDevices();
  }

  private async attach(device: HidDeviceInfo): Promise<void> {
    const id = device.path!;
    const base = {
      id, vendorId: device.vendorId, productId: device.productId,
      name: device.product ?? `${hex4(device.vendorId)}:${hex4(device.productId)}`, active: false,
    };
    const entry: Entry = { info: { ...base, status: 'error', inputs: [], outputs: [] } };
    this.entries.set(id, entry);
    try {
      const { backend } = this.options;
      if ((await backend.probeAccess(device)) === 'permission-denied') {
        entry.info = { ...entry.info, status: 'permission-denied', problem: 'noAccess', reason: `no read/write access to ${id}: install the Dialdeck udev rule` };
        return;
      }
      const mapped = mapTelephonyLayout(await backend.readLayout(device));
      if (!mapped.ok || !mapped.map.callControl) {
        entry.info = mapped.ok
          ? { ...entry.info, status: 'unsupported', problem: 'noCallControls', reason: 'telephony collection has no hook, mute or reject control' }
          : { ...entry.info, status: 'unsupported', problem: 'noTelephony', reason: mapped.reason };
        return;
      }
      entry.info = { ...entry.info, status: 'ok', ...capabilities(mapped.map) };
      await this.open(entry, device, mapped.map);
    } catch (error) {
      // One odd device must not take the others down (gonnect dropped whole devices on a parser exception).
      entry.info = { ...entry.info, status: 'error', problem: 'openFailed', reason: error instanceof Error ? error.message : String(error) };
    } finally {
      // Access can be granted (udev rule installed) and a busy device freed: try those again next round.
      if (entry.info.status === 'permission-denied' || entry.info.status === 'error') this.poller.forget(id);
    }
  }

  private async open(entry: Entry, device: HidDeviceInfo, map: TelephonyMap): Promise<void> {
    const transport = await this.options.backend.open(device, map.outputReportBytes);
    const id = entry.info.id;
    entry.transport = transport;
    this.activeId ??= id;
    entry.controller = new HeadsetController(map, transport, {
      now: this.now,
      initialState: id === this.activeId ? this.callState : IDLE,
      onAction: (action) => {
        if (id === this.activeId) this.emit('button', { deviceId: id, action });
      },
      onEvent: (event) => this.emit('input', { deviceId: id, event }),
      onWriteError: (error) => this.reportError(error),
    });
    transport.onClose(() => {
      if (this.entries.get(id) === entry) {
        // a device that drops out and is back before the next enumeration (a USB glitch, a quick replug)
        // is still listed: the next round must offer it again instead of seeing nothing new
        this.poller.forget(id);
        this.detach(id);
        this.emitDevices();
      }
    });
    // The device's LEDs are unknown after (re)connect: send the whole state, not just differences.
    entry.controller.resendAll();
  }

  private detach(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    void this.close(entry);
    if (this.activeId === id) {
      this.activeId = [...this.entries.values()].find((e) => e.controller)?.info.id ?? null;
      if (this.activeId !== null) this.entries.get(this.activeId)!.controller!.setCallState(this.callState);
    }
  }

  private async close(entry: Entry): Promise<void> {
    entry.controller?.dispose();
    await entry.transport?.close().catch((error: unknown) => this.reportError(error));
  }

  /** 'error' without a listener would throw from EventEmitter; a headset problem must never crash main. */
  private reportError(error: unknown): void {
    if (this.listenerCount('error') > 0) this.emit('error', error);
  }

  /** Announces the list only when it differs from the last announcement (retries repeat every round). */
  private emitDevices(): void {
    const list = this.list();
    const snapshot = JSON.stringify(list);
    if (snapshot === this.lastAnnounced) return;
    this.lastAnnounced = snapshot;
    this.emit('devices', list);
  }
}

function capabilities(map: TelephonyMap): Pick<HeadsetInfo, 'inputs' | 'outputs'> {
  const roles = <R extends string>(controls: readonly { role: R | null }[]) => controls.flatMap((c) => (c.role === null ? [] : [c.role]));
  return { inputs: roles(map.inputs), outputs: roles(map.outputs) };
}

const hex4 = (n: number) => n.toString(16).padStart(4, '0');
