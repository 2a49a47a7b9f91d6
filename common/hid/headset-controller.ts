// One headset: input reports → decoder → state machine → app action, and call state → LED reports.
import { HeadsetStateMachine, type CallState, type HeadsetAction } from './headset-state-machine';
import { InputDecoder } from './input-decoder';
import { OutputEncoder } from './output-encoder';
import type { DeviceEvent } from './device-events';
import type { TelephonyMap } from './telephony-map';
import type { HidTransport } from './transport';

export interface HeadsetControllerOptions {
  readonly now: () => number;
  readonly onAction: (action: HeadsetAction) => void;
  /** Every decoded event, acted on or not: for `diag hid watch` and logs. */
  readonly onEvent?: (event: DeviceEvent) => void;
  readonly onWriteError?: (error: unknown) => void;
  readonly bounceMs?: number;
  /** The call state the device joins in (a headset plugged in mid-call); send it with resendAll(). */
  readonly initialState?: CallState;
}

export class HeadsetController {
  private readonly decoder: InputDecoder;
  private readonly encoder: OutputEncoder;
  private readonly machine: HeadsetStateMachine;
  private readonly unsubscribe: () => void;
  /** Writes are chained so reports reach the device in the order the state changed. */
  private writing: Promise<void> = Promise.resolve();

  constructor(map: TelephonyMap, private readonly transport: HidTransport, private readonly options: HeadsetControllerOptions) {
    this.decoder = new InputDecoder(map);
    this.encoder = new OutputEncoder(map);
    this.machine = new HeadsetStateMachine({ now: options.now, bounceMs: options.bounceMs });
    if (options.initialState) this.machine.setCallState(options.initialState);
    this.unsubscribe = transport.onReport((report) => this.onReport(report));
  }

  get callState(): CallState {
    return this.machine.callState;
  }

  setCallState(state: CallState): void {
    this.machine.setCallState(state);
    this.send(this.encoder.update(this.machine.leds()));
  }

  /** Re-sends every LED report whole: after reconnect, after resume, after another app drove the LEDs. */
  resendAll(): void {
    this.encoder.update(this.machine.leds()); // bring the shadow up to date; all() then sends every report once
    this.send(this.encoder.all());
  }

  /** Resolves once every write issued so far has completed or failed. */
  flush(): Promise<void> {
    return this.writing;
  }

  dispose(): void {
    this.unsubscribe();
  }

  private onReport(report: Uint8Array): void {
    for (const event of this.decoder.decode(report)) {
      this.options.onEvent?.(event);
      const actions = this.machine.handle(event);
      // Acknowledge before telling the app, so the device gets its echo even if the app is slow.
      this.send(this.encoder.update(this.machine.leds()));
      for (const action of actions) this.options.onAction(action);
    }
  }

  private send(reports: Uint8Array[]): void {
    for (const report of reports) {
      this.writing = this.writing
        .then(() => this.transport.write(report))
        .catch((error: unknown) => this.options.onWriteError?.(error));
    }
  }
}
