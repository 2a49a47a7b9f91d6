import type { Clock } from './at-clock';
import { timingFor, type CommandTiming } from './command-timing';
import type { EmitEvent, ErrorKind, GatewayEvent } from './events';
import { compact } from './events';
import { parseFinal, type FinalResult } from './final-codes';
import { AtTokenizer, type AtToken } from './tokenizer';

export interface AtResponse {
  command: string;
  /** Information lines between the echo and the final result, URCs excluded. */
  lines: string[];
  result: FinalResult;
  /** The module echoed the command: after ATE0 that means it rebooted and lost its settings. */
  echoed: boolean;
}

/** What a driver tells the engine about a line that is neither echo nor final result. */
export interface LineClass {
  urc: boolean;
  /** Following lines that belong to this one whatever they contain (+CMT PDU, +CMGR body). */
  bodyLines: number;
}

/** The protocol knowledge the engine delegates to a driver. */
export interface AtLineHandler {
  classify(line: string, inflight: string | undefined): LineClass;
  onUrc(line: string, body: string[]): void;
  onDle(code: string): void;
  /** Called before the ok/error event of a command (data-derived events come first). */
  onResponse(response: AtResponse): void;
  /** Called after the ok/error event (consequences of the result, e.g. "SIM not inserted"). */
  onCompleted(response: AtResponse): void;
}

export class AtTimeoutError extends Error {
  constructor(readonly command: string, readonly timeoutMs: number) {
    super(`AT command "${command}" got no final result within ${timeoutMs} ms`);
  }
}

export class AtPortLostError extends Error {
  constructor(readonly command: string) {
    super(`AT command "${command}" failed: device lost`);
  }
}

export interface SendOptions {
  /** Written after the `> ` prompt, followed by Ctrl-Z. Never part of the command line. */
  payload?: string;
  timeoutMs?: number;
}

interface Pending {
  command: string;
  timing: CommandTiming;
  payload?: string;
  resolve?: (response: AtResponse) => void;
  reject?: (error: Error) => void;
}

interface InFlight extends Pending {
  lines: string[];
  /** the same lines exactly as the module sent them (padding kept), for the ok event */
  rawLines: string[];
  echoed: boolean;
  cancelTimer: () => void;
  cancelSoft: () => void;
}

const CTRL_Z = '\x1a';
/** Leaves an open `> ` prompt without sending, so a module stuck in it takes commands again (chan_dongle bug #5). */
const ESC = '\x1b';
/** CR ends a command line; Ctrl-Z (send) or ESC (abort) ends an SMS payload. */
/** What ends a command the host wrote: CR, or Ctrl-Z / ESC after an SMS payload. */
// eslint-disable-next-line no-control-regex -- Ctrl-Z and ESC are exactly what is searched for
const TX_TERMINATOR = /[\r\x1a\x1b]/;
const noop = (): void => undefined;

const ERROR_KINDS: Partial<Record<FinalResult['kind'], ErrorKind>> = {
  ERROR: 'ERROR',
  CME: 'CME',
  CMS: 'CMS',
  VENDOR_ERROR: 'OTHER',
  CALL_END: 'OTHER',
};

/**
 * The AT engine: framing, a one-at-a-time command queue with per-command timeouts, and routing of every
 * line to "echo", "final result", "unsolicited" or "response" - URCs are recognised at any moment, even
 * while a command is in flight or in the same read as its OK.
 */
export class AtEngine {
  private readonly tokenizer = new AtTokenizer();
  private readonly queue: Pending[] = [];
  private inflight: InFlight | null = null;
  private lastCommand: string | undefined;
  private txBuffer = '';
  private body: { header: string; rawHeader: string; lines: string[]; rawLines: string[]; remaining: number; urc: boolean } | null = null;
  private handler: AtLineHandler | null = null;
  private promptSeen = false;

  constructor(
    private readonly clock: Clock,
    private readonly emit: EmitEvent,
    /** Writes to the port; null when replaying a transcript (tx comes from the transcript). */
    private readonly write: ((data: string) => void) | null,
  ) {}

  setHandler(handler: AtLineHandler): void {
    this.handler = handler;
  }

  get busy(): boolean {
    return this.inflight !== null || this.queue.length > 0;
  }

  /** Queues a command (text without CR). Resolves with its response, even an error result; rejects on timeout or loss. */
  send(command: string, options: SendOptions = {}): Promise<AtResponse> {
    return new Promise((resolve, reject) => {
      const timing = timingFor(command);
      if (options.timeoutMs !== undefined) timing.timeoutMs = options.timeoutMs;
      this.queue.push({ command, timing, payload: options.payload, resolve, reject });
      this.startNext();
    });
  }

  /** Replay: bytes the host wrote. A CR ends a command; text ending in Ctrl-Z/ESC is an SMS payload. */
  observeTx(data: string): void {
    this.txBuffer += data;
    for (;;) {
      const end = this.txBuffer.search(TX_TERMINATOR);
      if (end < 0) return;
      const text = this.txBuffer.slice(0, end).trim();
      this.txBuffer = this.txBuffer.slice(end + 1);
      if (this.inflight && this.promptSeen && !/^AT/i.test(text)) {
        // The SMS payload written after `> `: remember it so its echo is not taken for a response.
        this.inflight.payload = text;
        continue;
      }
      if (text) this.begin({ command: text, timing: timingFor(text) });
    }
  }

  /** Feeds bytes exactly as read from the port (latin1 string). */
  feed(chunk: string): void {
    for (const token of this.tokenizer.push(chunk)) this.handleToken(token);
  }

  /** The port is gone: fail everything pending and forget half-read state. */
  portLost(): void {
    this.abortAll((command) => new AtPortLostError(command));
  }

  /** The module rebooted: nothing pending will ever be answered, and half-read lines are stale. */
  abortAll(errorFor: (command: string) => Error): void {
    this.tokenizer.reset();
    this.body = null;
    this.txBuffer = '';
    const failed = [...(this.inflight ? [this.inflight] : []), ...this.queue.splice(0)];
    this.inflight?.cancelTimer();
    this.inflight?.cancelSoft();
    this.inflight = null;
    for (const p of failed) p.reject?.(errorFor(p.command));
  }

  private startNext(): void {
    if (this.inflight) return;
    const next = this.queue.shift();
    if (!next) return;
    this.begin(next);
    try {
      this.write?.(`${next.command}\r`);
    } catch (error) {
      this.fail(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private begin(pending: Pending): void {
    if (this.inflight) this.fail(new AtTimeoutError(this.inflight.command, 0), false);
    this.promptSeen = false;
    this.inflight = { ...pending, lines: [], rawLines: [], echoed: false, cancelTimer: noop, cancelSoft: noop };
    this.armTimer(pending.timing.timeoutMs);
    this.tokenizer.promptExpected = pending.timing.expectsPrompt;
  }

  private armTimer(ms: number): void {
    const cmd = this.inflight;
    if (!cmd) return;
    cmd.cancelTimer();
    cmd.cancelTimer = this.clock.setTimer(ms, () => {
      if (this.inflight !== cmd) return;
      this.emit({ type: 'error', command: cmd.command, kind: 'TIMEOUT', code: null });
      if (cmd.timing.expectsPrompt) this.writeQuietly(ESC);
      this.fail(new AtTimeoutError(cmd.command, ms));
    });
  }

  private fail(error: Error, next = true): void {
    const cmd = this.inflight;
    if (!cmd) return;
    cmd.cancelTimer();
    cmd.cancelSoft();
    this.inflight = null;
    this.tokenizer.promptExpected = false;
    cmd.reject?.(error);
    if (next) this.startNext();
  }

  /** Best effort: a failing port is reported by the link itself. */
  private writeQuietly(data: string): void {
    try {
      this.write?.(data);
    } catch {
      // the link reports loss on its own
    }
  }

  private handleToken(token: AtToken): void {
    if (token.kind === 'dle') {
      this.handler?.onDle(token.code);
    } else if (token.kind === 'prompt') {
      this.onPrompt();
    } else {
      this.handleLine(token.text, token.raw);
    }
  }

  private onPrompt(): void {
    const cmd = this.inflight;
    if (!cmd) return;
    this.promptSeen = true;
    this.armTimer(cmd.timing.timeoutMs);
    if (cmd.payload !== undefined) this.write?.(cmd.payload + CTRL_Z);
  }

  private handleLine(line: string, raw = line): void {
    if (this.body) {
      this.body.lines.push(line);
      this.body.rawLines.push(raw);
      if (--this.body.remaining <= 0) this.finishBody();
      return;
    }
    const cmd = this.inflight;
    if (cmd && this.isOwnEcho(line, cmd)) {
      cmd.echoed = true;
      return;
    }
    if (this.isLateEcho(line)) return;
    const final = parseFinal(line);
    if (final && cmd && this.endsCommand(final, cmd.command)) {
      this.complete(cmd, final);
      return;
    }
    const cls: LineClass = final
      ? { urc: true, bodyLines: 0 }
      : (this.handler?.classify(line, cmd?.command) ?? { urc: !cmd, bodyLines: 0 });
    if (!cls.urc && !cmd) return;
    if (cls.bodyLines > 0) {
      this.body = { header: line, rawHeader: raw, lines: [], rawLines: [], remaining: cls.bodyLines, urc: cls.urc };
      return;
    }
    this.deliver(line, [], cls.urc, [raw]);
  }

  private finishBody(): void {
    const body = this.body;
    this.body = null;
    if (body) this.deliver(body.header, body.lines, body.urc, [body.rawHeader, ...body.rawLines]);
  }

  private deliver(line: string, body: string[], urc: boolean, raw: string[]): void {
    const cmd = this.inflight;
    if (urc || !cmd) {
      this.handler?.onUrc(line, body);
      return;
    }
    cmd.lines.push(line, ...body);
    cmd.rawLines.push(...raw);
    if (cmd.timing.softCompleteMs !== undefined) {
      cmd.cancelSoft();
      cmd.cancelSoft = this.clock.setTimer(cmd.timing.softCompleteMs, () => {
        if (this.inflight === cmd) this.complete(cmd, { kind: 'OK' });
      });
    }
  }

  private isOwnEcho(line: string, cmd: InFlight): boolean {
    return line.toUpperCase() === cmd.command.toUpperCase() || (cmd.payload ? line.includes(cmd.payload) : false);
  }

  /** A duplicated echo (gammu bug #1069) may trail after its command already completed. */
  private isLateEcho(line: string): boolean {
    return this.lastCommand !== undefined && line.toUpperCase() === this.lastCommand.toUpperCase();
  }

  /** Call-progress codes only end the dial/answer commands; otherwise they report a call ending. */
  private endsCommand(final: FinalResult, command: string): boolean {
    return final.kind !== 'CALL_END' || /^AT[DA]/i.test(command);
  }

  private complete(cmd: InFlight, result: FinalResult): void {
    cmd.cancelTimer();
    cmd.cancelSoft();
    this.inflight = null;
    this.lastCommand = cmd.command;
    this.tokenizer.promptExpected = false;
    const response: AtResponse = { command: cmd.command, lines: cmd.lines, result, echoed: cmd.echoed };
    this.handler?.onResponse(response);
    this.emit(resultEvent(response, cmd.rawLines));
    this.handler?.onCompleted(response);
    cmd.resolve?.(response);
    this.startNext();
  }
}

/** The event for a command's end; an ok carries its lines exactly as the module sent them. */
function resultEvent({ command, result }: AtResponse, rawLines: string[]): GatewayEvent {
  if (result.kind === 'OK' || result.kind === 'CONNECT') {
    return { type: 'ok', command, lines: rawLines, lineCount: rawLines.length };
  }
  const kind = ERROR_KINDS[result.kind] ?? 'OTHER';
  switch (result.kind) {
    case 'CME':
    case 'CMS':
      return compact({ type: 'error', command, kind, code: result.code, message: result.message });
    case 'CALL_END':
      return { type: 'error', command, kind, code: null, message: result.cause };
    case 'VENDOR_ERROR':
      return { type: 'error', command, kind, code: result.code, message: result.text };
    default:
      return { type: 'error', command, kind, code: null };
  }
}
