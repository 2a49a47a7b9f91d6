import { EventEmitter } from 'node:events';
import type { Family } from '../../../../common/at/drivers/family';
import type { GatewayEvent } from '../../../../common/at/events';
import type { GatewayInfo } from '../../../../common/at/session';
import { answerOfProbeFailure } from '../../../../common/at/probe-answer';
import type { SmsMode } from '../../../../common/at/sms/send';
import type { VoiceStarted } from '../../../../common/at/voice-control';
import type { GatewayLine } from '../../../../common/devices/gateway-api';
import type { PortAnswer } from '../../../../common/devices/port-answer';
import { GatewayConnection } from './gateway-connection';
import { listModemPorts, type PortCandidate } from './port-discovery';
import { reason } from '../../../../common/ipc/failure-reason';

/** What the app's line picker shows for a gateway (the zod schema is the one definition). */
export type { GatewayLine };
export type LineState = GatewayLine['state'];

export interface GatewayServiceOptions {
  /** lists ports for start()'s own poller; the devices host offers its single listing with offer() instead */
  listPorts?: () => Promise<PortCandidate[]>;
  pollMs?: number;
  heartbeatMs?: number;
  baudRate?: number;
  family?: Family;
}

export interface GatewayServiceEvents {
  line: [GatewayLine];
  event: [{ lineId: string; event: GatewayEvent }];
  /** Why a line went offline (write error, port closed, missed heartbeats, port gone from the list). */
  lost: [{ lineId: string; reason: string }];
  /** What a probed port answered (the setup screens say "no modem answered" from it). */
  answer: [{ path: string; answer: PortAnswer }];
}

interface Entry {
  line: GatewayLine;
  usbId?: string;
  connection?: GatewayConnection;
}

/**
 * Finds gateways on serial ports, keeps them online and finds them again after a replug - by IMEI, or by
 * USB identity for modems without one - whatever port name they come back under.
 */
export class GatewayService extends EventEmitter<GatewayServiceEvents> {
  private readonly entries = new Map<string, Entry>();
  private readonly busyPaths = new Set<string>();
  private readonly failedPaths = new Map<string, number>();
  private readonly answers = new Map<string, PortAnswer>();
  private poller: NodeJS.Timeout | undefined;
  private readonly options: Required<Omit<GatewayServiceOptions, 'family'>> & { family?: Family };

  constructor(options: GatewayServiceOptions = {}) {
    super();
    this.options = { listPorts: () => listModemPorts(), pollMs: 1_000, heartbeatMs: 10_000, baudRate: 115_200, ...options };
  }

  /** Polls listPorts on its own (tests, tools). The devices host does not call it: it lists once per round and offers. */
  start(): void {
    void this.poll();
    this.poller = setInterval(() => void this.poll(), this.options.pollMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.poller);
    this.poller = undefined;
    await Promise.all([...this.entries.values()].map((e) => e.connection?.close()));
  }

  lines(): GatewayLine[] {
    return [...this.entries.values()].map((e) => ({ ...e.line }));
  }

  /** What each port offered so far answered, by path (ports no longer offered are forgotten). */
  portAnswers(): ReadonlyMap<string, PortAnswer> {
    return this.answers;
  }

  private setAnswer(path: string, answer: PortAnswer): void {
    if (this.answers.get(path) === answer) return;
    this.answers.set(path, answer);
    this.emit('answer', { path, answer });
  }

  async dial(lineId: string, number: string): Promise<void> {
    return this.session(lineId).dial(number);
  }

  async answer(lineId: string): Promise<void> {
    return this.session(lineId).answer();
  }

  async hangup(lineId: string): Promise<void> {
    return this.session(lineId).hangup();
  }

  /** Holds the current call and takes the one announced by a callWaiting event. */
  async acceptWaiting(lineId: string): Promise<void> {
    return this.session(lineId).acceptWaiting();
  }

  async sendDtmf(lineId: string, digits: string): Promise<void> {
    return this.session(lineId).sendDtmf(digits);
  }

  async sendSms(lineId: string, to: string, text: string, options?: { mode?: SmsMode; requestStatusReport?: boolean }): Promise<number[]> {
    return this.session(lineId).sendSms(to, text, options);
  }

  /** FXO: voice class, codec and off-hook before dial() (nothing for GSM). Rejects on a signalling-only line. */
  async prepareVoice(lineId: string): Promise<void> {
    return this.session(lineId).prepareVoice();
  }

  /** The call connected: the module starts its audio (per vendor; see common/at/voice-control.ts). */
  async startVoice(lineId: string): Promise<VoiceStarted> {
    return this.session(lineId).startVoice();
  }

  /** The call ended: the module stops its audio. */
  async stopVoice(lineId: string): Promise<void> {
    return this.session(lineId).stopVoice();
  }

  private session(lineId: string) {
    const entry = this.entries.get(lineId);
    if (!entry?.connection || entry.connection.isLost) throw Object.assign(new Error(`gateway line ${lineId} is offline`), { reason: reason('gateway.offline') });
    return entry.connection.session;
  }

  private async poll(): Promise<void> {
    let ports: PortCandidate[];
    try {
      ports = await this.options.listPorts();
    } catch {
      return;
    }
    this.offer(ports);
  }

  /**
   * One discovery round over the ports the caller may open: lines on ports missing from the list go
   * offline (unplugged, or no longer allowed), new ports are probed.
   */
  offer(ports: readonly PortCandidate[]): void {
    const present = new Set(ports.map((p) => p.path));
    for (const path of this.answers.keys()) if (!present.has(path)) this.answers.delete(path);
    for (const entry of this.entries.values()) {
      const path = entry.connection?.link.path;
      if (path && !present.has(path) && !entry.connection?.isLost) entry.connection?.markLost('port disappeared');
    }
    const owned = new Set([...this.entries.values()].filter((e) => e.connection && !e.connection.isLost).map((e) => e.connection?.link.path));
    for (const port of ports) {
      if (owned.has(port.path) || this.busyPaths.has(port.path)) continue;
      // A port that is not a modem is retried only now and then, not hammered every round.
      if ((this.failedPaths.get(port.path) ?? 0) > Date.now()) continue;
      void this.attach(port);
    }
  }

  private async attach(port: PortCandidate): Promise<void> {
    this.busyPaths.add(port.path);
    // a port re-asked after a failure keeps saying what it last answered until it answers otherwise
    if (!this.answers.has(port.path)) this.setAnswer(port.path, 'probing');
    let entry: Entry | undefined;
    try {
      const connection = await GatewayConnection.open(port.path, {
        baudRate: this.options.baudRate,
        heartbeatMs: this.options.heartbeatMs,
        family: this.options.family,
        onEvent: (event) => this.onEvent(entry, event),
        onLost: (reason) => this.onLost(entry, reason),
        onRestart: (_reason, reinitialised) => this.onRestart(entry, reinitialised),
      });
      const info = connection.info;
      const kind = info.family === 'fxo' ? 'fxo' : 'gsm';
      const id = info.imei ? `${kind}:${info.imei}` : `${kind}:${port.usbId ?? port.path}`;
      entry = this.entries.get(id) ?? { line: { id, kind, state: 'offline' }, usbId: port.usbId };
      entry.connection = connection;
      entry.line = { ...entry.line, ...lineInfo(info), state: 'online', port: port.path };
      this.entries.set(id, entry);
      this.failedPaths.delete(port.path);
      this.setAnswer(port.path, 'modem');
      this.emit('line', { ...entry.line });
    } catch (error) {
      this.failedPaths.set(port.path, Date.now() + 10 * this.options.pollMs);
      this.setAnswer(port.path, answerOfProbeFailure(error));
    } finally {
      this.busyPaths.delete(port.path);
    }
  }

  private onEvent(entry: Entry | undefined, event: GatewayEvent): void {
    if (!entry) return; // events of the initial probe, before the line exists
    if (event.type === 'signal' || (event.type === 'deviceInfo' && event.field === 'operator')) {
      if (event.type === 'signal') entry.line.signalDbm = event.dbm;
      else entry.line.operator = event.value;
      this.emit('line', { ...entry.line });
    }
    this.emit('event', { lineId: entry.line.id, event });
  }

  private onLost(entry: Entry | undefined, reason: string): void {
    if (!entry) return;
    // asked again from scratch when it is offered again
    const path = entry.line.port;
    if (path) this.answers.delete(path);
    entry.line = { ...entry.line, state: 'offline' };
    this.emit('line', { ...entry.line });
    this.emit('lost', { lineId: entry.line.id, reason });
    // look for it again at once; without an own poller the owner of the listing does that on `lost`
    if (this.poller) void this.poll();
  }

  /** A module that rebooted keeps its line: it shows as initialising, then online again (or lost if it stays mute). */
  private onRestart(entry: Entry | undefined, reinitialised: Promise<GatewayInfo>): void {
    if (!entry) return;
    const target = entry;
    const connection = target.connection;
    target.line = { ...target.line, state: 'initialising' };
    this.emit('line', { ...target.line });
    reinitialised.then(
      (info) => {
        if (target.connection !== connection || connection?.isLost) return;
        target.line = { ...target.line, ...lineInfo(info), state: 'online' };
        this.emit('line', { ...target.line });
      },
      (error: unknown) => connection?.markLost(`module restarted and did not come back: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
}

type LineInfo = Pick<GatewayLine, 'signalDbm' | 'operator' | 'model' | 'imei' | 'voice' | 'voiceReason' | 'voiceDetail'>;

function lineInfo(info: GatewayInfo): LineInfo {
  return { signalDbm: info.signalDbm, operator: info.operator, model: info.model, imei: info.imei, ...lineVoice(info) };
}

/** 'voice' or 'signallingOnly' with the reason; keys set to undefined so a line that gained voice loses its old reason. */
export function lineVoice(info: GatewayInfo): Pick<GatewayLine, 'voice' | 'voiceReason' | 'voiceDetail'> {
  const voice = info.voice;
  if (!voice) return { voice: undefined, voiceReason: undefined, voiceDetail: undefined };
  if (voice.supported) return { voice: 'voice', voiceReason: undefined, voiceDetail: undefined };
  return { voice: 'signallingOnly', voiceReason: voice.reason, voiceDetail: voice.detail?.slice(0, 200) };
}
