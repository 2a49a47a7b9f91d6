import { describe, expect, it } from 'vitest';
import { AtTokenizer, type AtToken } from '../../../../common/at/tokenizer';

const lines = (...texts: string[]): AtToken[] => texts.map((text) => ({ kind: 'line', text }));

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
    expect(tokens(chunks, prompt ?? false)).toEqual(expected);
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
});
