import type { Clock } from '../at-clock';
import type { LineClass } from '../engine';
import type { CallerIdInfo, EmitEvent } from '../events';
import { AtDriver } from './at-driver';
import { parseCidTagLine, parseRawCid } from './fxo-caller-id';
import type { DriverActions, LineRule } from './rules';

/** Formatted CID lines arrive as a burst between ring 1 and 2; this much quiet ends the block. */
export const CID_BLOCK_IDLE_MS = 300;

const ring = (_p: string, _b: string[], ctx: { calls: { ring(): void } }): void => ctx.calls.ring();
const FXO_RULES: LineRule[] = [
  { key: 'RING', handle: ring },
  { key: 'VCON', handle: (_p, _b, ctx) => ctx.calls.progress('answered') },
];

/** <DLE> events of V.253 voice mode (mgetty IS_101.c). */
const DLE_EVENTS: Readonly<Record<string, string>> = { b: 'BUSY', K: 'BUSY', l: 'LOOP_BREAK', L: 'POLARITY_REVERSAL', q: 'SILENCE', s: 'SILENCE' };

/**
 * Analog FXO voice modem: RING cadence, caller ID (formatted tags or raw SDMF/MDMF hex), call end from
 * ATD finals or <DLE> line events, DTMF as <DLE><digit> (debounced between <DLE>/ and <DLE>~).
 */
export class FxoDriver extends AtDriver {
  private cid: CallerIdInfo | null = null;
  private cancelCidTimer = (): void => undefined;
  private inDtmfTone = false;

  constructor(private readonly clock: Clock, emit: EmitEvent, actions?: DriverActions, ringTimeoutMs?: number) {
    super(clock, emit, { family: 'fxo', rules: FXO_RULES, actions, ringTimeoutMs });
  }

  override classify(line: string, inflight: string | undefined): LineClass {
    if (parseCidTagLine(line) || parseRawCid(line)) return { urc: true, bodyLines: 0 };
    return super.classify(line, inflight);
  }

  override onUrc(line: string, body: string[]): void {
    const tag = parseCidTagLine(line);
    if (tag) {
      this.addCidTag(tag.tag, tag.field, tag.value);
      return;
    }
    this.flushCid();
    const raw = parseRawCid(line);
    if (raw) {
      this.calls.callerId(raw);
      return;
    }
    super.onUrc(line, body);
  }

  override onDle(code: string): void {
    this.dleTap?.(code);
    if (code === 'R') this.calls.ring();
    else if (code === 'H' || code === 'P') this.emit({ type: 'handset', offHook: true });
    else if (code === 'h' || code === 'p') this.emit({ type: 'handset', offHook: false });
    else if (code === '/') this.inDtmfTone = false;
    else if (code === '~') this.inDtmfTone = false;
    else if (/^[0-9*#A-D]$/.test(code)) {
      // Some modems repeat the digit every 70 ms while the tone lasts.
      if (!this.inDtmfTone) this.calls.dtmf(code);
      this.inDtmfTone = true;
    } else if (DLE_EVENTS[code] && this.calls.active) {
      this.calls.ended({ cause: DLE_EVENTS[code] });
    }
  }

  private addCidTag(tag: string, field: string, value: string): void {
    this.cid ??= { number: '' };
    if (field === 'mesg') this.emit({ type: 'cidMessage', tag, value });
    else if (field === 'number') this.cid.number = value;
    else if (field === 'name' || field === 'date' || field === 'time') this.cid[field] = value;
    this.cancelCidTimer();
    this.cancelCidTimer = this.clock.setTimer(CID_BLOCK_IDLE_MS, () => this.flushCid());
  }

  private flushCid(): void {
    this.cancelCidTimer();
    const cid = this.cid;
    this.cid = null;
    if (cid) this.calls.callerId(cid);
  }
}
