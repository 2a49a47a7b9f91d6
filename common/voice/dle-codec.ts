/**
 * `<DLE>` shielding of an FXO voice modem's audio stream (V.253 / IS-101 voice mode, after `AT+VTR`,
 * `AT+VRX` or `AT+VTX` answered `CONNECT`).
 *
 * Bytes are `Uint8Array`, not latin1 strings as in `common/at/tokenizer.ts`: what comes out is audio that
 * goes straight to a sample decoder (`pcm-formats.ts`), and a serial port's `Buffer` already is a
 * `Uint8Array`, so no byte is converted to a UTF-16 char and back. The AT tokenizer takes the port again
 * once the stream has ended (`rest` below, after `<DLE><ETX>`).
 *
 * Modem → DTE: `<DLE><DLE>` is one 0x10 audio byte, `<DLE><SUB>` two of them, `<DLE><ETX>` ends the
 * modem's stream (an `OK` or other result line follows), `<DLE>X … <DLE>.` wraps a complex event report
 * (caller ID, distinctive ring), any other `<DLE><x>` is event x.
 */

const DLE = 0x10;
const ETX = 0x03;
const SUB = 0x1a;
const CAN = 0x18;
const COMPLEX_START = 0x58; // 'X'
const COMPLEX_END = 0x2e; // '.'
/** A complex event report longer than this is noise: it is dropped and the bytes after it are audio again. */
const MAX_COMPLEX = 512;

export type DleEventKind =
  | 'dtmf'
  | 'dtmf-start'
  | 'dtmf-end'
  | 'ring'
  | 'ringback'
  | 'busy'
  | 'dial-tone'
  | 'silence'
  | 'quiet'
  | 'loop-interrupt'
  | 'polarity-reversal'
  | 'sit'
  | 'local-on-hook'
  | 'local-off-hook'
  | 'line-voltage-up'
  | 'line-voltage-down'
  | 'fax-answer'
  | 'data-answer'
  | 'fax-calling'
  | 'data-calling'
  | 'tx-underrun'
  | 'rx-overrun'
  | 'receive-abort'
  | 'tdd'
  | 'call-waiting'
  | 'bong-tone'
  | 'timing-mark'
  | 'complex'
  | 'end-of-stream'
  | 'unknown';

export interface DleEvent {
  kind: DleEventKind;
  /** the byte after `<DLE>` as a character ('b', '5', '\x03' …) */
  code: string;
  /**
   * The call is over: busy, dial tone, presumed hang-up (`s`) or the end of the modem's stream — what
   * pstnxsip ends a call on. `l` (loop current interruption, "may be a remote hang-up") is reported but
   * left to the caller, as is `q` (voice then quiet: an answering machine's end of message).
   */
  endsCall: boolean;
  /** where in this read's `audio` the event happened (audio bytes before it) */
  offset: number;
  /** the DTMF digit, for kind 'dtmf' */
  digit?: string;
  /** the text between `<DLE>X` and `<DLE>.`, for kind 'complex' */
  data?: string;
}

export interface DleDecoded {
  /** the audio bytes of this read, unshielded */
  audio: Uint8Array;
  events: DleEvent[];
  /** bytes after `<DLE><ETX>`: no longer audio but AT result text, for the AT tokenizer */
  rest: Uint8Array;
}

const EVENT_KINDS: Readonly<Record<string, DleEventKind>> = {
  '/': 'dtmf-start',
  '~': 'dtmf-end',
  R: 'ring',
  r: 'ringback',
  b: 'busy',
  d: 'dial-tone',
  s: 'silence',
  q: 'quiet',
  l: 'loop-interrupt',
  L: 'polarity-reversal',
  J: 'sit',
  h: 'local-on-hook',
  H: 'local-off-hook',
  p: 'line-voltage-up',
  P: 'line-voltage-down',
  a: 'fax-answer',
  f: 'data-answer',
  c: 'fax-calling',
  e: 'data-calling',
  u: 'tx-underrun',
  o: 'rx-overrun',
  '!': 'receive-abort',
  t: 'tdd',
  w: 'call-waiting',
  $: 'bong-tone',
  T: 'timing-mark',
};
const DTMF = /^[0-9*#A-D]$/;
const ENDS_CALL = new Set<DleEventKind>(['busy', 'dial-tone', 'silence', 'end-of-stream']);

/** What event code x means after `<DLE>` in the modem → DTE direction. */
export function dleEventKind(code: string): DleEventKind {
  if (code === '\x03') return 'end-of-stream';
  if (DTMF.test(code)) return 'dtmf';
  return EVENT_KINDS[code] ?? 'unknown';
}

function makeEvent(code: string, offset: number, data?: string): DleEvent {
  const kind = data === undefined ? dleEventKind(code) : 'complex';
  const event: DleEvent = { kind, code, endsCall: ENDS_CALL.has(kind), offset };
  if (kind === 'dtmf') event.digit = code;
  if (data !== undefined) event.data = data;
  return event;
}

/**
 * Unshields one direction of a voice stream read by read. Reads may cut anywhere (a `<DLE>` as the last
 * byte of one read, its code in the next). Linear: each input byte is looked at once; audio runs
 * between DLEs are copied as blocks.
 */
export class DleDecoder {
  /** the previous read ended on a DLE whose code is still to come */
  private dlePending = false;
  /** inside `<DLE>X … <DLE>.`: the report so far */
  private complex: number[] | null = null;
  private ended = false;

  /** `<DLE><ETX>` has been seen: every later byte comes back as `rest`. */
  get streamEnded(): boolean {
    return this.ended;
  }

  /** Back to audio mode for the next `CONNECT`. */
  reset(): void {
    this.dlePending = false;
    this.complex = null;
    this.ended = false;
  }

  push(chunk: Uint8Array): DleDecoded {
    const events: DleEvent[] = [];
    if (this.ended) return { audio: new Uint8Array(0), events, rest: chunk.slice() };
    // a pending DLE followed by SUB yields two bytes from one: at most one byte more than the read
    const out = new Uint8Array(chunk.length + 1);
    let n = 0;
    let pos = 0;
    const len = chunk.length;
    while (pos < len) {
      if (this.dlePending) {
        this.dlePending = false;
        const code = chunk[pos++] as number;
        if (this.complex !== null && code !== ETX) {
          if (code === COMPLEX_END) {
            events.push(makeEvent('X', n, String.fromCharCode(...this.complex)));
            this.complex = null;
          } else if (code === DLE) {
            this.pushComplex(DLE);
          }
          // any other <DLE><x> inside a report is dropped
          continue;
        }
        this.complex = null; // <DLE><ETX> ends the stream even inside a report
        if (code === DLE) {
          out[n++] = DLE;
        } else if (code === SUB) {
          out[n++] = DLE;
          out[n++] = DLE;
        } else if (code === COMPLEX_START) {
          this.complex = [];
        } else {
          events.push(makeEvent(String.fromCharCode(code), n));
          if (code === ETX) {
            this.ended = true;
            return { audio: out.slice(0, n), events, rest: chunk.slice(pos) };
          }
        }
        continue;
      }
      let dle = chunk.indexOf(DLE, pos);
      if (dle < 0) dle = len;
      if (this.complex !== null) {
        let i = pos;
        while (i < dle && this.complex !== null) this.pushComplex(chunk[i++] as number);
        if (this.complex === null) {
          // the report outgrew its limit: not a report after all, back to audio from here
          out.set(chunk.subarray(i, dle), n);
          n += dle - i;
        }
      } else {
        out.set(chunk.subarray(pos, dle), n);
        n += dle - pos;
      }
      pos = dle;
      if (pos < len) {
        this.dlePending = true;
        pos++;
      }
    }
    return { audio: out.slice(0, n), events, rest: new Uint8Array(0) };
  }

  /** Adds a byte to the report; one more than MAX_COMPLEX drops the report (a stray `<DLE>X` in noise). */
  private pushComplex(byte: number): void {
    const report = this.complex as number[];
    if (report.length < MAX_COMPLEX) report.push(byte);
    else this.complex = null;
  }
}

/** DTE → modem stream commands (notes §4.4): each is `<DLE>` and one code byte. */
export const DLE_COMMANDS = {
  /** end of the DTE's voice data: the modem plays what it has, then answers (+VTX; USR's end of +VTR) */
  endOfStream: Uint8Array.of(DLE, ETX),
  /** clear the modem's transmit buffer at once */
  cancelTransmit: Uint8Array.of(DLE, CAN),
  /** stop receiving (+VRX) at once */
  receiveAbort: Uint8Array.of(DLE, 0x21),
  /** leave the voice duplex state (+VTR, Conexant; the modem answers `<DLE><ETX>`) */
  endDuplex: Uint8Array.of(DLE, 0x5e),
  /** no-op that refreshes the inactivity timer +VIT (Si2494, ZyXEL) */
  keepAlive: Uint8Array.of(DLE, 0x00),
} as const;

export type DleStop = 'transmit' | 'abort-transmit' | 'receive' | 'duplex' | 'duplex-usr' | 'recover';

/**
 * How to end a voice stream, as vgetty and pstnxsip do: `transmit` lets +VTX play out (`<DLE><ETX>`),
 * `abort-transmit` drops what is queued first (`<DLE><CAN><DLE><ETX>`), `receive` stops +VRX (`<DLE>!`),
 * `duplex` leaves +VTR on Conexant (`<DLE>^`), `duplex-usr` on USR (`<DLE><ETX>`), and `recover` is what a
 * port left in duplex by a crash is sent before the AT dialogue (`<DLE><ETX><DLE>^` and CR).
 */
export function dleStopSequence(stop: DleStop): Uint8Array {
  switch (stop) {
    case 'transmit':
    case 'duplex-usr':
      return DLE_COMMANDS.endOfStream.slice();
    case 'abort-transmit':
      return Uint8Array.of(DLE, CAN, DLE, ETX);
    case 'receive':
      return DLE_COMMANDS.receiveAbort.slice();
    case 'duplex':
      return DLE_COMMANDS.endDuplex.slice();
    case 'recover':
      return Uint8Array.of(DLE, ETX, DLE, 0x5e, 0x0d);
  }
}

/**
 * Shields uplink audio: every 0x10 data byte is doubled so the modem does not read it as a command.
 * Stateless (a DLE never straddles two frames on the way out), linear.
 */
export function dleEncode(audio: Uint8Array): Uint8Array {
  let count = 0;
  for (let i = audio.indexOf(DLE); i >= 0; i = audio.indexOf(DLE, i + 1)) count++;
  if (count === 0) return audio.slice();
  const out = new Uint8Array(audio.length + count);
  let n = 0;
  let pos = 0;
  while (pos < audio.length) {
    let dle = audio.indexOf(DLE, pos);
    if (dle < 0) dle = audio.length;
    out.set(audio.subarray(pos, dle), n);
    n += dle - pos;
    pos = dle;
    if (pos < audio.length) {
      out[n++] = DLE;
      out[n++] = DLE;
      pos++;
    }
  }
  return out;
}
