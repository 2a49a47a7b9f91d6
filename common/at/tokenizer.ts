/**
 * Byte-stream -> token splitter for AT ports (notes §1). Input is a "binary string" (one char per byte,
 * latin1), because serial reads split anywhere, even inside multi-byte characters.
 *
 * Rules: a line ends at LF; trailing CRs are stripped (covers `\r\n`, `\r\r\n` and a missing leading
 * `\r\n`); a CR inside a line separates an echo from the reply glued to it (`AT\rOK`); blank lines are
 * dropped; `<DLE><x>` pairs (voice mode) are taken out before line splitting; the SMS prompt `> ` has no
 * line end and is only recognised while the caller says one is expected.
 */
export type AtToken =
  /** text: trimmed, for recognising what the line is; raw: exactly as sent, without its CR/LF (padding kept) */
  | { kind: 'line'; text: string; raw: string }
  | { kind: 'prompt' }
  | { kind: 'dle'; code: string };

const DLE = '\x10';
/** A line longer than this without LF is noise (or a wrong baud rate): drop it instead of growing forever. */
const MAX_BUFFER = 16 * 1024;

export class AtTokenizer {
  /** the current line so far, with DLE pairs taken out; only ever holds text of one unfinished line */
  private partial = '';
  /** the last read ended on a DLE whose event code is still to come */
  private dlePending = false;
  /** the current line outgrew MAX_BUFFER: it is noise, dropped up to its LF */
  private overflow = false;
  /** Set by the engine while a command waits for `> ` (AT+CMGS / AT+CMGW). */
  promptExpected = false;

  /**
   * Splits one read. Linear in the read's size: each byte is looked at a bounded number of times and
   * the unfinished line is carried over, never scanned again (a voice stream or a noisy port can hand
   * over megabytes in one read, or one byte per read).
   */
  push(chunk: string): AtToken[] {
    const tokens: AtToken[] = [];
    let pos = 0;
    if (this.dlePending && chunk.length > 0) {
      this.dlePending = false;
      this.event(chunk.charAt(0), tokens);
      pos = 1;
    }
    // positions of the next DLE and LF at or after pos; -1 once there are none left in this read
    let dle = -2;
    let lf = -2;
    while (pos < chunk.length) {
      if (this.promptExpected) {
        const after = this.promptAt(chunk, pos);
        if (after >= 0) {
          tokens.push({ kind: 'prompt' });
          this.partial = '';
          this.promptExpected = false;
          pos = after;
          continue;
        }
      }
      if (dle !== -1 && dle < pos) dle = chunk.indexOf(DLE, pos);
      if (lf !== -1 && lf < pos) lf = chunk.indexOf('\n', pos);
      if (dle >= 0 && (lf < 0 || dle < lf)) {
        this.append(chunk, pos, dle);
        if (dle + 1 >= chunk.length) {
          this.dlePending = true; // the event code has not arrived yet
          break;
        }
        this.event(chunk.charAt(dle + 1), tokens);
        pos = dle + 2;
        continue;
      }
      if (lf < 0) {
        this.append(chunk, pos, chunk.length);
        break;
      }
      this.append(chunk, pos, lf);
      pos = lf + 1;
      const raw = this.partial;
      const noise = this.overflow;
      this.partial = '';
      this.overflow = false;
      if (noise) continue;
      for (const part of raw.split('\r')) {
        const text = part.trim();
        if (text) tokens.push({ kind: 'line', text, raw: part });
      }
    }
    return tokens;
  }

  /** Forgets a half-received line (port lost: a stale fragment would corrupt the next session). */
  reset(): void {
    this.partial = '';
    this.dlePending = false;
    this.overflow = false;
    this.promptExpected = false;
  }

  private append(chunk: string, from: number, to: number): void {
    if (to <= from || this.overflow) return;
    if (this.partial.length + (to - from) > MAX_BUFFER) {
      this.partial = '';
      this.overflow = true;
      return;
    }
    this.partial += chunk.slice(from, to);
  }

  private event(code: string, tokens: AtToken[]): void {
    // <DLE><DLE> is a literal 0x10 in audio data, not an event.
    if (code !== DLE) tokens.push({ kind: 'dle', code });
  }

  /**
   * Where the SMS prompt `> ` ends if the line so far (blank: line ends only) and this read from pos
   * start with it; -1 if not (yet). A lone `>` at the end of a read is taken: its space may never come.
   */
  private promptAt(chunk: string, pos: number): number {
    if (!/^[\r\n]*$/.test(this.partial)) return -1;
    let i = pos;
    while (i < chunk.length && (chunk.charAt(i) === '\r' || chunk.charAt(i) === '\n')) i++;
    if (chunk.charAt(i) !== '>') return -1;
    return chunk.charAt(i + 1) === ' ' ? i + 2 : i + 1;
  }
}
