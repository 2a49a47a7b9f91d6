import { ClipFallback } from './calls/clip-fallback';
import { CAUSE_MODULE_RESTARTED } from './calls/call-tracker';
import type { Clock } from './at-clock';
import { dialCommand } from './dial-string';
import type { AtDriver } from './drivers/at-driver';
import { createDriver } from './drivers/create-driver';
import { familyFromManufacturer, FXO_INIT, GSM_INIT, VENDOR_INIT, type Family } from './drivers/family';
import type { DriverActions } from './drivers/rules';
import { dtmfCommands } from './dtmf';
import { AtEngine, type AtResponse } from './engine';
import type { EmitEvent, GatewayEvent } from './events';
import { isSuccess } from './final-codes';
import { RestartDebounce } from './restart-debounce';
import { smsSendSteps, type SmsMode } from './sms/send';
import { sendSmsSteps } from './sms/sms-sender';
import { unsupported, type VoiceCapability } from './voice-capability';
import { detectVoice, prepareVoice, startVoice, stopVoice, type FxoStream, type VoiceDeps, type VoiceStarted } from './voice-control';

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
  /** Whether calls on this line can carry audio (initialise asks the family's question); unset before that. */
  voice?: VoiceCapability;
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
  /** The module rebooted on its own (RDY, +CPIN: READY...): the session is initialising it again in place. */
  onRestart?: (reason: string, reinitialised: Promise<GatewayInfo>) => void;
}

export interface SmsSendOptions {
  mode?: SmsMode;
  requestStatusReport?: boolean;
  /** Concatenation reference shared by the parts (0-255); random when omitted. */
  reference?: number;
}

export class ModuleRestartedError extends Error {
  constructor(readonly command: string) {
    super(`AT command "${command}" was lost: the module restarted`);
  }
}

export const HEARTBEAT_TIMEOUT_MS = 1_000;
/** +CME ERROR: 14, "SIM busy" (27.007) */
const CME_SIM_BUSY = 14;
/** a SIM reading its files after power-up answers busy for a few seconds (ModemManager retries for ~10 s) */
export const SIM_BUSY_PAUSE_MS = 2_000;
export const SIM_BUSY_TRIES = 6;
const STATUS_QUERIES = ['AT+CSQ', 'AT+CREG?', 'AT+COPS?'];

/**
 * One gateway on one AT port, runtime-free: probe/initialise, calls, DTMF and SMS on top of the engine.
 * The Node side supplies the port (write + feed) and a clock.
 */
export class GatewaySession {
  readonly engine: AtEngine;
  info: GatewayInfo;
  private driver: AtDriver;
  private readonly clipFallback: ClipFallback;
  private readonly restart: RestartDebounce;
  private voiceStream: FxoStream | undefined;

  constructor(private readonly options: SessionOptions) {
    this.info = { family: options.family ?? 'generic' };
    this.engine = new AtEngine(options.clock, (e) => this.onEvent(e), options.write);
    this.driver = this.makeDriver(this.info.family);
    this.clipFallback = new ClipFallback(options.clock, () => void this.quiet('AT+CLCC'));
    this.restart = new RestartDebounce(options.clock, (reason) => this.reinitialise(reason));
  }

  feed(chunk: string): void {
    this.engine.feed(chunk);
  }

  /** Wakes autobauding UARTs, disables echo, reads identity, picks the family and enables URCs. */
  async initialise(): Promise<GatewayInfo> {
    await this.wake();
    await this.probe();
    const init = this.info.family === 'fxo' ? FXO_INIT : [...GSM_INIT, ...VENDOR_INIT[this.info.family]];
    // Optional features differ per module: an ERROR here must not stop the others.
    for (const command of init) await this.quiet(command);
    this.info.voice = await detectVoice(this.info.family, this.voiceDeps());
    if (this.info.family !== 'fxo') await this.readStatus();
    return this.info;
  }

  /**
   * FXO only, before dial() (or instead of answer(), to pick up a ringing line): voice class, codec, off-hook.
   * Nothing for GSM families. Throws VoiceUnavailableError on a signalling-only line, VoiceCommandError on a refusal.
   */
  async prepareVoice(): Promise<void> {
    await prepareVoice(this.info.family, this.voice, this.voiceDeps());
  }

  /**
   * The call is connected: starts the module's audio (Huawei ^DDSETEX=2, SIMCom +CPCMREG=1, Quectel +QPCMV=1,<mode>,
   * FXO +VTR or else +VRX/+VTX). A half-duplex FXO modem starts in `halfDuplex` direction.
   */
  async startVoice(halfDuplex: 'receive' | 'transmit' = 'receive'): Promise<VoiceStarted> {
    const started = await startVoice(this.info.family, this.voice, this.voiceDeps(), halfDuplex);
    this.voiceStream = started.stream;
    if (this.info.voice?.supported && started.duplex === 'half') this.info.voice = { ...this.info.voice, duplex: 'half' };
    return started;
  }

  /** The call ended: stops the module's audio (and, on an FXO modem, its stream, then on-hook). */
  async stopVoice(): Promise<void> {
    const stream = this.voiceStream;
    this.voiceStream = undefined;
    await stopVoice(this.info.family, this.voiceDeps(), stream);
  }

  private get voice(): VoiceCapability {
    return this.info.voice ?? unsupported('noAnswer', 'not initialised');
  }

  private voiceDeps(): VoiceDeps {
    return {
      send: (command, timeoutMs) => this.engine.send(command, { timeoutMs }).catch(() => undefined),
      writeRaw: (data) => this.options.write(data),
      wait: (ms) => new Promise<void>((resolve) => this.options.clock.setTimer(ms, resolve)),
      streamEnd: (ms) =>
        new Promise<boolean>((resolve) => {
          const done = (ended: boolean): void => {
            cancel();
            this.driver.dleTap = undefined;
            resolve(ended);
          };
          const cancel = this.options.clock.setTimer(ms, () => done(false));
          this.driver.dleTap = (code) => {
            if (code === '\x03') done(true);
          };
        }),
    };
  }

  /** Identity, SIM and network status without configuring anything (diagnostics). */
  async survey(): Promise<GatewayInfo> {
    await this.wake();
    await this.probe();
    if (this.info.family !== 'fxo') await this.readStatus();
    return this.info;
  }

  /** Identity and SIM, then the family; each query may fail on some modules without failing the probe. */
  async probe(): Promise<GatewayInfo> {
    for (const command of ['AT+CGMI', 'AT+CGMM', 'AT+CGMR', 'AT+CGSN']) await this.quiet(command);
    await this.readSim();
    if (!this.options.family) {
      const family = familyFromManufacturer(`${this.info.manufacturer ?? ''} ${this.info.model ?? ''}`);
      if (family !== this.info.family) {
        this.info.family = family;
        this.driver = this.makeDriver(family);
      }
    }
    return this.info;
  }

  async heartbeat(): Promise<boolean> {
    return this.engine.send('AT', { timeoutMs: HEARTBEAT_TIMEOUT_MS }).then((r) => isSuccess(r.result), () => false);
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

  /** Throws DialStringError (nothing written) unless every digit is one of 0-9 * # A-D. */
  async sendDtmf(digits: string): Promise<void> {
    const commands = dtmfCommands(digits, this.info.family, this.driver.calls.connectedCallId);
    for (const command of commands) await this.command(command);
  }

  /** +CCWA announced a second caller: hold the current call and take the waiting one (27.007 AT+CHLD=2). */
  async acceptWaiting(): Promise<void> {
    await this.command('AT+CHLD=2');
  }

  /**
   * Sends an SMS; resolves with the message reference of each part (for delivery reports). The text only
   * ever travels as the payload after the `> ` prompt. Bad input throws SmsEncodeError before anything is
   * written; a refused part throws SmsSendError.
   */
  async sendSms(to: string, text: string, options: SmsSendOptions = {}): Promise<number[]> {
    const mode = options.mode ?? 'pdu';
    const reference = options.reference ?? Math.floor(Math.random() * 256);
    const steps = smsSendSteps(to, text, mode, { requestStatusReport: options.requestStatusReport, reference });
    if (mode === 'text') await this.command('AT+CMGF=1');
    try {
      return await sendSmsSteps((command, payload) => this.engine.send(command, { payload }), steps);
    } finally {
      // The receiving side parses PDU mode; leave the module the way initialise() set it.
      if (mode === 'text') await this.quiet('AT+CMGF=0');
    }
  }

  /** The port vanished: fail pending commands and end every call with "device lost". */
  portLost(): void {
    this.clipFallback.reset();
    this.restart.stop();
    this.engine.portLost();
    this.driver.calls.deviceLost();
  }

  /**
   * AT+CPIN?, asked again after a pause while the SIM answers "SIM busy" (CME 14: still reading its files
   * after power-up), which is not "no SIM"; a SIM still busy after the last try is reported busy as it is.
   */
  private async readSim(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const response = await this.quiet('AT+CPIN?');
      const busy = response?.result.kind === 'CME' && response.result.code === CME_SIM_BUSY;
      if (!busy || attempt >= SIM_BUSY_TRIES) return;
      await new Promise<void>((resolve) => this.options.clock.setTimer(SIM_BUSY_PAUSE_MS, resolve));
    }
  }

  /** Wakes autobauding UARTs (a few plain ATs) and turns echo off. */
  private async wake(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      if (await this.heartbeat()) break;
      if (i === 2) await this.command('AT', HEARTBEAT_TIMEOUT_MS);
    }
    await this.command('ATE0');
  }

  private async readStatus(): Promise<void> {
    for (const command of STATUS_QUERIES) await this.quiet(command);
  }

  /** The module rebooted: its calls are gone and so is every setting; configure it again on the same port. */
  private reinitialise(reason: string): Promise<GatewayInfo> {
    this.clipFallback.reset();
    this.voiceStream = undefined;
    this.engine.abortAll((command) => new ModuleRestartedError(command));
    this.driver.calls.endAll(CAUSE_MODULE_RESTARTED);
    const done = this.initialise();
    this.options.onRestart?.(reason, done);
    return done;
  }

  /** ^BOOT is a reboot only if the module lost ATE0: an echoed AT proves it, a plain OK is a keep-alive. */
  private checkRestart(reason: string): void {
    void this.engine.send('AT', { timeoutMs: HEARTBEAT_TIMEOUT_MS }).then(
      (response) => {
        if (response.echoed) this.restart.signal(`${reason} (echo back on)`);
      },
      () => undefined,
    );
  }

  private async command(command: string, timeoutMs?: number, payload?: string): Promise<AtResponse> {
    const response = await this.engine.send(command, { timeoutMs, payload });
    if (!isSuccess(response.result)) throw new GatewayCommandError(response);
    return response;
  }

  /** For optional commands: an error result or a timeout is not a failure of the caller. */
  private quiet(command: string): Promise<AtResponse | undefined> {
    return this.engine.send(command).catch(() => undefined);
  }

  private makeDriver(family: Family): AtDriver {
    const driver = createDriver(family, this.options.clock, (e) => this.onEvent(e), this.actions());
    this.engine.setHandler(driver);
    return driver;
  }

  private actions(): DriverActions {
    return {
      readStoredSms: (_storage, index) => {
        void this.quiet(`AT+CMGR=${index}`).then((r) => (r && isSuccess(r.result) ? this.quiet(`AT+CMGD=${index}`) : undefined));
      },
      queryCalls: () => void this.quiet('AT+CLCC'),
      acknowledgeSms: () => undefined,
      restarted: (reason) => this.restart.signal(reason),
      restartSuspected: (reason) => this.checkRestart(reason),
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
        this.clipFallback.ring();
        break;
      case 'incoming':
        this.clipFallback.numberKnown();
        break;
      case 'hangup':
        this.clipFallback.reset();
        break;
      default:
        break;
    }
  }
}
