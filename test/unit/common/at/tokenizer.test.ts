import { describe, expect, it } from 'vitest';
import { AtTokenizer, type AtToken } from '../../../../common/at/tokenizer';

const lines = (...texts: string[]): AtToken[] => texts.map((text) => ({ kind: 'line', text, raw: text }));
/** the framing tables compare the recognised text; raw (padding kept) has its own test */
const textOnly = (tokens: AtToken[]) => tokens.map((t) => (t.kind === 'line' ? { kind: t.kind, text: t.text } : t));

function tokens(chunks: string[], promptExpected = false): AtToken[] {
  const t = new AtTokenizer();
  t.promptExpected = promptExpected;
  return chunks.flatMap((c) => t.push(c));
}

describe('AtTokenizer framing', () => {
  it.each<[string, string[], AtToken[], boolean?]>([
    ['CRLF framed', ['\r\nOK\r\n'], lines('OK')],
    ['CR CR LF (SIMCom)', ['\r\r\n+CRING: VOICE\r\r\n'], lines('+CRING: VOICE')],
    ['missing leading CRLF (Sierra)', ['\nNO CARRIER\r\n'], lines('NO CARRIER')],
    ['echo glued to reply', ['AT+CLIP=1\r\r\nOK\r\n'], lines('AT+CLIP=1', 'OK')],
    ['echo with CR only before reply', ['AT\rOK\r\n'], lines('AT', 'OK')],
    ['OK without its terminator is not a line yet', ['\r\nOK'], []],
    ['one byte at a time', [...'\r\n+CSQ: 19,99\r\n'], lines('+CSQ: 19,99')],
    ['padding trimmed, blank lines dropped', ['\r\n MULTIBAND  900E  1800 \r\n\r\n\r\nOK\r\n'], lines('MULTIBAND  900E  1800', 'OK')],
    ['SMS prompt without line end', ['\r\n> '], [{ kind: 'prompt' }], true],
    ['prompt split over reads', ['\r\n', '>', ' '], [{ kind: 'prompt' }], true],
    ['> is text when no prompt is expected', ['\r\n> \r\n'], lines('>')],
    ['DLE events before lines', ['\x10R\r\nRING\r\n\x10b'], [{ kind: 'dle', code: 'R' }, ...lines('RING'), { kind: 'dle', code: 'b' }]],
    ['doubled DLE is data', ['\x10\x10\x10s'], [{ kind: 'dle', code: 's' }]],
  ])('%s', (_name, chunks, expected, prompt) => {
    expect(textOnly(tokens(chunks, prompt ?? false))).toEqual(textOnly(expected));
  });

  it('keeps each line exactly as sent beside its trimmed text (a model name padded with spaces), echo or not', () => {
    expect(tokens(['AT+CGMM\r\r\n  EC25  \r\n\r\nOK\r\n'])).toEqual([
      { kind: 'line', text: 'AT+CGMM', raw: 'AT+CGMM' },
      { kind: 'line', text: 'EC25', raw: '  EC25  ' },
      { kind: 'line', text: 'OK', raw: 'OK' },
    ]);
  });

  it('drops an over-long garbage line instead of growing forever', () => {
    const t = new AtTokenizer();
    t.push('x'.repeat(20_000));
    expect(t.push('\r\nOK\r\n')).toEqual(lines('OK'));
  });

  it('reset forgets a half line (port lost)', () => {
    const t = new AtTokenizer();
    t.push('+CS');
    t.reset();
    expect(t.push('OK\r\n')).toEqual(lines('OK'));
  });

  // A noisy port or a voice stream can hand over megabytes at once: the reader must stay linear (it once
  // rescanned the rest of the read for every line, and a 2 MB read took seconds). Same tokens whatever the
  // read sizes; the test's own time limit is the guard against quadratic work.
  it('reads 10 MB in one read, in odd-sized reads and byte by byte, with the same tokens', () => {
    const block = '\r\n+CSQ: 19,99\r\n\x10R' + 'RING\x10\x10 data\r' + '\x10b' + 'x'.repeat(40) + '\r\nOK\r\n';
    const count = Math.ceil((10 * 1024 * 1024) / block.length);
    const data = block.repeat(count);
    const perBlock: AtToken[] = [...lines('+CSQ: 19,99'), { kind: 'dle', code: 'R' }, { kind: 'dle', code: 'b' }, ...lines('RING data', 'x'.repeat(40), 'OK')];

    const whole = new AtTokenizer().push(data);
    expect(whole.length).toBe(perBlock.length * count);
    expect(whole.slice(0, perBlock.length)).toEqual(perBlock);
    expect(whole.slice(-perBlock.length)).toEqual(perBlock);

    const sized = new AtTokenizer();
    const odd: AtToken[] = [];
    for (let i = 0; i < data.length; i += 4093) odd.push(...sized.push(data.slice(i, i + 4093)));
    expect(odd.length).toBe(whole.length);
    expect(JSON.stringify(odd) === JSON.stringify(whole)).toBe(true); // (a deep compare of 1.5M tokens is slow)

    const bytewise = new AtTokenizer();
    let tokensSeen = 0;
    let last: AtToken | undefined;
    for (let i = 0; i < data.length; i++) {
      const out = bytewise.push(data.charAt(i));
      tokensSeen += out.length;
      if (out.length) last = out.at(-1);
    }
    expect(tokensSeen).toBe(whole.length);
    expect(last).toEqual(whole.at(-1));
  });

  it('one line longer than the limit inside a big read is dropped whole; the lines around it stay', () => {
    const t = new AtTokenizer();
    expect(t.push(`OK\r\n${'z'.repeat(3_000_000)}\r\nRING\r\n`)).toEqual(lines('OK', 'RING'));
  });
});

