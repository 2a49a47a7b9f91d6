import type { Clock } from './clock';
import { dialCommand, dtmfCommand } from './dial-string';
import type { AtDriver } from './drivers/at-driver';
import { createDriver } from './drivers/create-driver';
import { familyFromManufacturer, FXO_INIT, GSM_INIT, VENDOR_INIT, type Family } from './drivers/family';
import type { DriverActions } from './drivers/rules';
import { AtEngine, type AtResponse } from './engine';
import type { EmitEvent, GatewayEvent } from './events';
import { intField, splitPrefix } from './fields';
import { isSuccess } from './final-codes';
import { smsSendSteps, type SmsMode } from './sms/send';

/** What the probe learnt about a gateway; also its identity for finding it again after a replug. */
export interface GatewayInfo {
  family: Family;
  manufacturer?: string;
  model?: string;
  firmware?: string;
  imei?: string;
  simStatus?: string;
  signalDbm?: number | null;
  registration?: string;
  operator?: string;
}

export class GatewayCommandError extends Error {
  constructor(readonly response: AtResponse) {
    super(`${response.command} failed: ${JSON.stringify(response.result)}`);
  }
}

export interface SessionOptions {
  clock: Clock;
  write: (data: string) => void;
  emit: EmitEvent;
  /** Forced family (config); otherwise detected from AT+CGMI. */
  family?: Family;
  /** The module rebooted on its own (RDY, ^BOOT...). */
  onRestart?: (reason: string) => void;
}

/** If no +CLIP came this long after the first RING, ask AT+CLCC (some modules never send +CLIP). */
export const CLIP_FALLBACK_MS = 3_000;
export const HEARTBEAT_TIMEOUT_MS = 1_000;

/**
 * One gateway on one AT port, runtime-free: probe/initialise, calls, DTMF and SMS on top of the engine.
 * The Node side supplies the port (write + feed) and a clock.
 */
export class GatewaySession {
  readonly engine: AtEngine;
  info: GatewayInfo;
  private driver: AtDriver;
  private cancelClipFallback = (): void => undefined;
  private callerKnown = false;

  constructor(private readonly options: SessionOptions) {
    this.info = { family: options.family ?? 'generic' };
    this.engine = new AtEngine(options.clock, (e) => this.onEvent(e), options.write);
    this.driver = this.makeDriver(this.info.family);
  }

  feed(chunk: string): void {
    this.engine.feed(chunk);
  }

  /** Wakes autobauding UARTs, disables echo, reads identity, picks the family and enables URCs. */
  async initialise(): Promise<GatewayInfo> {
    for (let i = 0; i < 3; i++) {
      const alive = await this.engine.send('AT', { timeoutMs: HEARTBEAT_TIMEOUT_MS }).then(isSuccessResponse, () => false);
      if (alive) break;
      if (i === 2) await this.command('AT', HEARTBEAT_TIMEOUT_MS);
    }
    await this.command('ATE0');
    await this.probe();
    if (!this.options.family) {
      const family = familyFromManufacturer(`${this.info.manufacturer ?? ''} ${this.info.model ?? ''}`);
      if (family !== this.info.family) {
        this.info.family = family;
        this.driver = this.makeDriver(family);
      }
    }
    const init = this.info.family === 'fxo' ? FXO_INIT : [...GSM_INIT, ...VENDOR_INIT[this.info.family]];
    // Optional features differ per module: an ERROR here must not stop the others.
    for (const command of init) await this.engine.send(command).catch(() => undefined);
    if (this.info.family !== 'fxo') {
      for (const command of ['AT+CSQ', 'AT+CREG?', 'AT+COPS?']) await this.engine.send(command).catch(() => undefined);
    }
    return this.info;
  }

  /** Identity and SIM; each query may fail on some modules without failing the probe. */
  async probe(): Promise<GatewayInfo> {
    for (const command of ['AT+CGMI', 'AT+CGMM', 'AT+CGMR', 'AT+CGSN', 'AT+CPIN?']) {
      await this.engine.send(command).catch(() => undefined);
    }
    return this.info;
  }

  async heartbeat(): Promise<boolean> {
    return this.engine.send('AT', { timeoutMs: HEARTBEAT_TIMEOUT_MS }).then(isSuccessResponse, () => false);
  }

  /** Throws DialStringError (nothing written) for anything but digits, +, *, # and pauses. */
  async dial(number: string): Promise<void> {
    await this.command(dialCommand(number, this.info.family === 'fxo'));
  }

  async answer(): Promise<void> {
    await this.command('ATA');
  }

  async hangup(): Promise<void> {
    const command = this.info.family === 'fxo' ? 'ATH' : 'AT+CHUP';
    const response = await this.engine.send(command);
    // Some modules lack +CHUP; ATH with AT+CVHU=0 also ends voice calls.
    if (!isSuccess(response.result) && command !== 'ATH') await this.command('ATH');
  }

  async sendDtmf(digits: string): Promise<void> {
    const commands = [...digits].map(dtmfCommand);
    for (const command of commands) await this.command(command);
  }

  /** Sends an SMS; resolves with the message reference of each part (for delivery reports). */
  async sendSms(to: string, text: string, options: { mode?: SmsMode; requestStatusReport?: boolean } = {}): Promise<number[]> {
    const mode = options.mode ?? 'pdu';
    const reference = Math.floor(Math.random() * 256);
    const steps = smsSendSteps(to, text, mode, { requestStatusReport: options.requestStatusReport, reference });
    if (mode === 'text') await this.command('AT+CMGF=1');
    try {
      const refs: number[] = [];
      for (const step of steps) {
        const response = await this.command(step.command, undefined, step.payload);
        const ref = response.lines.map(splitPrefix).find((s) => s?.prefix === '+CMGS');
        refs.push(intField(ref?.params) ?? -1);
      }
      return refs;
    } finally {
      if (mode === 'text') await this.engine.send('AT+CMGF=0').catch(() => undefined);
    }
  }

  /** The port vanished: fail pending commands and end every call with "device lost". */
  portLost(): void {
    this.cancelClipFallback();
    this.engine.portLost();
    this.driver.calls.deviceLost();
  }

  private async command(command: string, timeoutMs?: number, payload?: string): Promise<AtResponse> {
    const response = await this.engine.send(command, { timeoutMs, payload });
    if (!isSuccess(response.result)) throw new GatewayCommandError(response);
    return response;
  }

  private makeDriver(family: Family): AtDriver {
    const driver = createDriver(family, this.options.clock, (e) => this.onEvent(e), this.actions());
    this.engine.setHandler(driver);
    return driver;
  }

  private actions(): DriverActions {
    const quiet = (command: string): Promise<unknown> => this.engine.send(command).catch(() => undefined);
    return {
      readStoredSms: (_storage, index) => {
        void this.engine.send(`AT+CMGR=${index}`).then((r) => (isSuccess(r.result) ? quiet(`AT+CMGD=${index}`) : undefined), () => undefined);
      },
      queryCalls: () => void quiet('AT+CLCC'),
      acknowledgeSms: () => undefined,
      restarted: (reason) => this.options.onRestart?.(reason),
    };
  }

  private onEvent(event: GatewayEvent): void {
    this.track(event);
    this.options.emit(event);
  }

  private track(event: GatewayEvent): void {
    switch (event.type) {
      case 'deviceInfo':
        if (['manufacturer', 'model', 'firmware', 'imei', 'registration', 'operator'].includes(event.field)) {
          (this.info as unknown as Record<string, string>)[event.field] = event.value;
        }
        break;
      case 'simStatus':
        this.info.simStatus = event.status;
        break;
      case 'signal':
        this.info.signalDbm = event.dbm;
        break;
      case 'ringing':
        if (this.callerKnown) break;
        this.cancelClipFallback();
        this.cancelClipFallback = this.options.clock.setTimer(CLIP_FALLBACK_MS, () => this.actions().queryCalls());
        break;
      case 'incoming':
        this.callerKnown = true;
        this.cancelClipFallback();
        break;
      case 'hangup':
        this.callerKnown = false;
        this.cancelClipFallback();
        break;
      default:
        break;
    }
  }
}

const isSuccessResponse = (r: AtResponse): boolean => isSuccess(r.result);
