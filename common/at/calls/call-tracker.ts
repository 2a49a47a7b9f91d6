import type { Clock } from '../at-clock';
import type { CallDirection, CallerIdInfo, CallStateName, EmitEvent, HangupInfo } from '../events';
import { compact } from '../events';

/** No RING/URC for this long while ringing = the caller gave up (ModemManager uses 10 s). */
export const RING_TIMEOUT_MS = 10_000;

export const CAUSE_DEVICE_LOST = 'device lost';
export const CAUSE_RING_TIMEOUT = 'RING_TIMEOUT';
export const CAUSE_LOCAL_HANGUP = 'LOCAL_HANGUP';
export const CAUSE_MODULE_RESTARTED = 'module restarted';

type Phase = 'ringing' | 'dialing' | 'alerting' | 'answered';

interface Call {
  callId?: number;
  direction: CallDirection;
  phase: Phase;
  number?: string;
  incomingEmitted: boolean;
  announced: Set<Phase>;
  cancelRingTimer: () => void;
}

export interface CallSnapshot {
  callId: number;
  direction: CallDirection;
  state: CallStateName;
  number: string;
  /** the number's type of address (129 national/unknown, 145 international), where the URC gives it */
  numberType?: number;
}

/**
 * Per-call state built from any mix of inputs (RING, +CLIP, vendor URCs, +CLCC snapshots, final codes).
 * Every event is emitted at most once per call, so inputs that repeat or race (CLIP before RING, CLCC
 * showing a call before its CLIP) cannot announce a call twice or not at all.
 */
export class CallTracker {
  private calls: Call[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly emit: EmitEvent,
    private readonly ringTimeoutMs = RING_TIMEOUT_MS,
  ) {}

  get active(): boolean {
    return this.calls.length > 0;
  }

  /** The module's id of the most recent connected call (Huawei wants it with every DTMF digit). */
  get connectedCallId(): number | undefined {
    return this.calls.filter((c) => c.phase === 'answered').at(-1)?.callId;
  }

  /** RING / +CRING / <DLE>R. */
  ring(): void {
    const call = this.find(undefined, 'incoming') ?? this.create('incoming', 'ringing');
    if (call.phase !== 'ringing') return;
    this.emit({ type: 'ringing' });
    this.armRingTimer(call);
  }

  /** +CLIP, FXO caller ID, or a snapshot showing an incoming number: announce the call once. */
  callerId(info: CallerIdInfo): void {
    const call = this.find(info.callId, 'incoming') ?? this.create('incoming', 'ringing', info.callId);
    if (info.callId !== undefined) call.callId ??= info.callId;
    if (call.incomingEmitted) return;
    call.incomingEmitted = true;
    call.number = info.number;
    this.emit(compact({ type: 'incoming', ...info }));
    if (call.phase === 'ringing') this.armRingTimer(call);
  }

  waiting(number: string, numberType?: number, callId?: number): void {
    this.emit(compact({ type: 'callWaiting', callId, number, numberType }));
  }

  /** Outgoing call progress; callId is adopted by the one outgoing call that has none yet. */
  progress(phase: Exclude<Phase, 'ringing'>, callId?: number, direction: CallDirection = 'outgoing'): void {
    const call = this.find(callId, direction) ?? this.find(callId) ?? this.create(direction, phase, callId);
    if (callId !== undefined) call.callId ??= callId;
    call.phase = phase;
    if (phase === 'answered') call.cancelRingTimer();
    if (call.announced.has(phase)) return;
    call.announced.add(phase);
    this.emit(compact({ type: phase, callId: call.callId }));
  }

  /**
   * The module took ATD with OK but says nothing more until the call ends or connects (AT+COLP=0, and
   * families whose progress URCs may never come): the call exists from now on, so a later BUSY, NO
   * ANSWER or NO CARRIER ends it with its cause, whatever command is pending then. Announces nothing.
   */
  dialAccepted(number?: string): void {
    if (this.find(undefined, 'outgoing')) return;
    const call = this.create('outgoing', 'dialing');
    if (number) call.number = number;
  }

  /** Ends one call (callId known) or the most recent one. Ignored when no call exists. */
  ended(details: Omit<HangupInfo, 'answered'>, direction?: CallDirection): void {
    const call = this.find(details.callId, direction) ?? this.find(details.callId);
    if (!call) {
      if (details.missed) this.emit(compact({ type: 'hangup', ...details }));
      return;
    }
    this.finish(call, details);
  }

  /** ATD ended with BUSY / NO ANSWER / NO DIALTONE / NO CARRIER before any call progress was seen. */
  dialFailed(cause: string): void {
    const call = this.find(undefined, 'outgoing');
    if (call) this.finish(call, { cause });
    else this.emit({ type: 'hangup', cause, missed: false, answered: false });
  }

  /** +CLCC / ^DSCI / +QIND ccinfo: mirrors the module's own view; `complete` lists end calls that vanished. */
  snapshot(entries: CallSnapshot[], complete: boolean): void {
    for (const entry of entries) {
      this.emit(compact({ type: 'callState', ...entry }));
      this.applySnapshot(entry);
    }
    if (!complete) return;
    const seen = new Set(entries.map((e) => e.callId));
    for (const call of [...this.calls]) {
      if (call.callId === undefined || !seen.has(call.callId)) this.finish(call, { cause: 'released' });
    }
  }

  dtmf(digit: string): void {
    this.emit({ type: 'dtmf', digit });
  }

  /** The port is gone: every call ends with "device lost". */
  deviceLost(): void {
    this.endAll(CAUSE_DEVICE_LOST);
  }

  /** Calls cannot outlive the port or a reboot of the module. */
  endAll(cause: string): void {
    for (const call of [...this.calls]) this.finish(call, { cause });
  }

  private applySnapshot(entry: CallSnapshot): void {
    switch (entry.state) {
      case 'incoming':
        if (entry.number) this.callerId(compact({ number: entry.number, numberType: entry.numberType, callId: entry.callId }));
        break;
      case 'waiting':
        if (!this.find(entry.callId)) this.waiting(entry.number, entry.numberType, entry.callId);
        break;
      case 'dialing':
      case 'alerting':
        this.progress(entry.state, entry.callId, entry.direction);
        break;
      case 'active':
        this.progress('answered', entry.callId, entry.direction);
        break;
      case 'released':
        this.ended({ callId: entry.callId });
        break;
      case 'held':
        break;
    }
  }

  private finish(call: Call, details: Omit<HangupInfo, 'answered'>): void {
    call.cancelRingTimer();
    this.calls = this.calls.filter((c) => c !== call);
    const answered = call.phase === 'answered';
    const missed = details.missed ?? (call.direction === 'incoming' && !answered);
    this.emit(compact({ type: 'hangup', ...details, callId: details.callId ?? call.callId, missed, answered, number: details.number ?? call.number }));
  }

  private find(callId: number | undefined, direction?: CallDirection): Call | undefined {
    const candidates = this.calls.filter((c) => direction === undefined || c.direction === direction);
    if (callId !== undefined) {
      return candidates.find((c) => c.callId === callId) ?? candidates.find((c) => c.callId === undefined);
    }
    return candidates.at(-1);
  }

  private create(direction: CallDirection, phase: Phase, callId?: number): Call {
    const call: Call = { callId, direction, phase, incomingEmitted: false, announced: new Set(), cancelRingTimer: () => undefined };
    this.calls.push(call);
    return call;
  }

  private armRingTimer(call: Call): void {
    call.cancelRingTimer();
    call.cancelRingTimer = this.clock.setTimer(this.ringTimeoutMs, () => {
      if (call.phase === 'ringing') this.finish(call, { cause: CAUSE_RING_TIMEOUT, missed: true });
    });
  }
}
