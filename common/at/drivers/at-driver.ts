import { CallTracker, CAUSE_LOCAL_HANGUP } from '../calls/call-tracker';
import type { Clock } from '../at-clock';
import type { AtLineHandler, AtResponse, LineClass } from '../engine';
import type { EmitEvent } from '../events';
import { fieldValues, splitPrefix } from '../fields';
import { parseFinal } from '../final-codes';
import { IDENTIFICATION_FIELDS, identificationValue, SIM_STATUS_BY_CME } from '../probe-parsers';
import { parseClcc } from './generic-rules';
import type { Family } from './family';
import { commandPrefix, defaultIsUrc, NO_ACTIONS, type DriverActions, type DriverContext, type LineRule } from './rules';
import { SmsReceiver } from './sms-receiver';
import type { CallSnapshot } from '../calls/call-tracker';

export function lineKey(line: string): { key: string; params: string } {
  const split = splitPrefix(line);
  return split ? { key: split.prefix, params: split.params } : { key: line, params: '' };
}

export interface DriverOptions {
  family: Family;
  rules: LineRule[];
  actions?: DriverActions;
  ringTimeoutMs?: number;
}

/**
 * Rule-driven driver shared by all families: classifies lines for the engine, turns them into events via
 * the family's rules, and applies the consequences of command results (ATD/ATA/CHUP/CPIN?...).
 */
export class AtDriver implements AtLineHandler {
  readonly calls: CallTracker;
  readonly sms: SmsReceiver;
  readonly family: Family;
  protected readonly ctx: DriverContext;
  private readonly rules = new Map<string, LineRule>();

  constructor(clock: Clock, protected readonly emit: EmitEvent, options: DriverOptions) {
    this.family = options.family;
    this.calls = new CallTracker(clock, emit, options.ringTimeoutMs);
    this.sms = new SmsReceiver(clock, emit);
    this.ctx = { calls: this.calls, sms: this.sms, emit, actions: options.actions ?? NO_ACTIONS };
    for (const rule of options.rules) this.rules.set(rule.key.toUpperCase(), rule);
  }

  set actions(actions: DriverActions) {
    this.ctx.actions = actions;
  }

  classify(line: string, inflight: string | undefined): LineClass {
    const { key, params } = lineKey(line);
    const rule = this.rules.get(key.toUpperCase());
    if (!rule) return { urc: inflight === undefined, bodyLines: 0 };
    const urc = (rule.isUrc ?? defaultIsUrc(key))(params, commandPrefix(inflight));
    return { urc, bodyLines: rule.bodyLines?.(params) ?? 0 };
  }

  onUrc(line: string, body: string[]): void {
    const final = parseFinal(line);
    if (final?.kind === 'CALL_END') {
      this.calls.ended({ cause: final.cause });
      return;
    }
    const { key, params } = lineKey(line);
    this.rules.get(key.toUpperCase())?.handle?.(params, body, this.ctx);
  }

  /** Sees every <DLE> event first (the session waits for an FXO stream's <DLE><ETX> with it). */
  dleTap: ((code: string) => void) | undefined;

  onDle(code: string): void {
    // GSM modules have no voice-mode DLE events.
    this.dleTap?.(code);
  }

  onResponse(response: AtResponse): void {
    const { command, lines, result } = response;
    if (result.kind !== 'OK') return;
    const ident = IDENTIFICATION_FIELDS.find(([pattern]) => pattern.test(command));
    if (ident) {
      const value = identificationValue(lines);
      if (value) this.emit({ type: 'deviceInfo', field: ident[1], value });
      return;
    }
    if (/^AT\+CLCC$/i.test(command)) {
      const entries = lines
        .map((l) => splitPrefix(l))
        .filter((s) => s?.prefix === '+CLCC')
        .map((s) => parseClcc(fieldValues(s?.params ?? '')))
        .filter((s): s is CallSnapshot => s !== undefined);
      this.calls.snapshot(entries, true);
      return;
    }
    for (let i = 0; i < lines.length; i++) {
      const { key, params } = lineKey(lines[i] ?? '');
      const rule = this.rules.get(key.toUpperCase());
      const bodyCount = rule?.bodyLines?.(params) ?? 0;
      const body = lines.slice(i + 1, i + 1 + bodyCount);
      i += bodyCount;
      rule?.handle?.(params, body, this.ctx, command);
    }
  }

  onCompleted({ command, result }: AtResponse): void {
    if (/^ATD/i.test(command)) {
      if (result.kind === 'CALL_END') this.calls.dialFailed(result.cause);
      else if (result.kind === 'OK' && this.announcesDialOnOk()) this.calls.progress('dialing');
      else if (result.kind === 'OK') this.calls.dialAccepted(/^ATD[TP]?([^;]*)/i.exec(command)?.[1]?.trim() || undefined);
    } else if (/^ATA$/i.test(command) && result.kind === 'OK') {
      this.calls.progress('answered', undefined, 'incoming');
    } else if (/^AT(H0?|\+CHUP)$/i.test(command) && result.kind === 'OK') {
      this.calls.ended({ cause: CAUSE_LOCAL_HANGUP });
    } else if (/^AT\+CPIN\?$/i.test(command) && result.kind === 'CME' && result.code !== null) {
      const status = SIM_STATUS_BY_CME[result.code];
      if (status) this.emit({ type: 'simStatus', status });
    } else if (/^AT\+CSCS=/i.test(command) && result.kind === 'OK') {
      this.sms.ucs2Charset = /UCS2/i.test(command);
    }
  }

  /** Families with call-progress URCs report dialing themselves (^ORIG, ^DSCI, +CLCC URCs). */
  protected announcesDialOnOk(): boolean {
    return this.family === 'generic' || this.family === 'fxo';
  }
}
