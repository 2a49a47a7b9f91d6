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
  | { kind: 'line'; text: string }
  | { kind: 'prompt' }
  | { kind: 'dle'; code: string };

const DLE = '\x10';
/** A line longer than this without LF is noise (or a wrong baud rate): drop it instead of growing forever. */
const MAX_BUFFER = 16 * 1024;

export class AtTokenizer {
  private buffer = '';
  /** Set by the engine while a command waits for `> ` (AT+CMGS / AT+CMGW). */
  promptExpected = false;

  push(chunk: string): AtToken[] {
    this.buffer += chunk;
    const tokens: AtToken[] = [];
    for (;;) {
      if (this.promptExpected && this.takePrompt()) {
        tokens.push({ kind: 'prompt' });
        continue;
      }
      const dle = this.buffer.indexOf(DLE);
      const lf = this.buffer.indexOf('\n');
      if (dle >= 0 && (lf < 0 || dle < lf)) {
        if (dle + 1 >= this.buffer.length) break; // the event code has not arrived yet
        const code = this.buffer.charAt(dle + 1);
        this.buffer = this.buffer.slice(0, dle) + this.buffer.slice(dle + 2);
        // <DLE><DLE> is a literal 0x10 in audio data, not an event.
        if (code !== DLE) tokens.push({ kind: 'dle', code });
        continue;
      }
      if (lf < 0) break;
      const raw = this.buffer.slice(0, lf);
      this.buffer = this.buffer.slice(lf + 1);
      for (const part of raw.split('\r')) {
        const text = part.trim();
        if (text) tokens.push({ kind: 'line', text });
      }
    }
    if (this.buffer.length > MAX_BUFFER) this.buffer = '';
    return tokens;
  }

  /** Forgets a half-received line (port lost: a stale fragment would corrupt the next session). */
  reset(): void {
    this.buffer = '';
    this.promptExpected = false;
  }

  private takePrompt(): boolean {
    const m = /^[\r\n]*> ?/.exec(this.buffer);
    if (!m) return false;
    this.buffer = this.buffer.slice(m[0].length);
    this.promptExpected = false;
    return true;
  }
}
