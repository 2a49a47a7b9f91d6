import { describe, expect, it } from 'vitest';
import { DleDecoder, dleEncode, dleEventKind, dleStopSequence, type DleDecoded } from '../../../../common/voice/dle-codec';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const DLE = 0x10;

/** Feeds the reads one by one and joins what came out. */
function decodeReads(reads: Uint8Array[]): { audio: number[]; events: { code: string; offset: number; kind: string }[]; rest: number[] } {
  const decoder = new DleDecoder();
  const audio: number[] = [];
  const events: { code: string; offset: number; kind: string }[] = [];
  const rest: number[] = [];
  for (const read of reads) {
    const r: DleDecoded = decoder.push(read);
    for (const e of r.events) events.push({ code: e.code, offset: audio.length + e.offset, kind: e.kind });
    audio.push(...r.audio);
    rest.push(...r.rest);
  }
  return { audio, events, rest };
}

describe('DLE decoder: events', () => {
  it.each([
    ['b', 'busy', true],
    ['d', 'dial-tone', true],
    ['s', 'silence', true],
    ['\x03', 'end-of-stream', true],
    ['q', 'quiet', false],
    ['l', 'loop-interrupt', false],
    ['L', 'polarity-reversal', false],
    ['R', 'ring', false],
    ['r', 'ringback', false],
    ['J', 'sit', false],
    ['h', 'local-on-hook', false],
    ['H', 'local-off-hook', false],
    ['p', 'line-voltage-up', false],
    ['P', 'line-voltage-down', false],
    ['a', 'fax-answer', false],
    ['f', 'data-answer', false],
    ['c', 'fax-calling', false],
    ['e', 'data-calling', false],
    ['u', 'tx-underrun', false],
    ['o', 'rx-overrun', false],
    ['!', 'receive-abort', false],
    ['/', 'dtmf-start', false],
    ['~', 'dtmf-end', false],
    ['t', 'tdd', false],
    ['w', 'call-waiting', false],
    ['$', 'bong-tone', false],
    ['T', 'timing-mark', false],
    ['5', 'dtmf', false],
    ['*', 'dtmf', false],
    ['#', 'dtmf', false],
    ['D', 'dtmf', false],
    ['z', 'unknown', false],
  ])('<DLE>%j is %s (ends the call: %s)', (code, kind, endsCall) => {
    expect(dleEventKind(code)).toBe(kind);
    const r = new DleDecoder().push(bytes([1, 2], [DLE], code, [3]));
    expect(r.events).toEqual([expect.objectContaining({ code, kind, endsCall, offset: 2 })]);
    if (kind === 'end-of-stream') {
      expect([...r.audio]).toEqual([1, 2]);
      expect([...r.rest]).toEqual([3]);
    } else {
      expect([...r.audio]).toEqual([1, 2, 3]);
      expect(r.rest.length).toBe(0);
    }
  });

  it('names the DTMF digit', () => {
    expect(new DleDecoder().push(bytes([DLE], '7')).events[0]).toMatchObject({ kind: 'dtmf', digit: '7' });
  });

  it('reads a complex event report <DLE>X … <DLE>. as one event, not audio', () => {
    const r = new DleDecoder().push(bytes([9], [DLE], 'X', 'NMBR=102', [DLE], '.', [8]));
    expect([...r.audio]).toEqual([9, 8]);
    expect(r.events).toEqual([expect.objectContaining({ kind: 'complex', data: 'NMBR=102', offset: 1 })]);
  });

  it('<DLE><ETX> inside a complex report still ends the stream', () => {
    const r = new DleDecoder().push(bytes([1, DLE], 'X', 'NMBR=1', [DLE, 3], 'OK'));
    expect(r.events.map((e) => e.kind)).toEqual(['end-of-stream']);
    expect([...r.audio]).toEqual([1]);
    expect(String.fromCharCode(...r.rest)).toBe('OK');
  });

  it('a report that never ends (a stray <DLE>X) is dropped after 512 bytes and audio flows again', () => {
    const decoder = new DleDecoder();
    const first = decoder.push(bytes([7, DLE], 'X', Array(512).fill(0x41)));
    expect([...first.audio]).toEqual([7]);
    const second = decoder.push(bytes([0x42, 1, 2, DLE, DLE, 3]));
    expect(second.events).toEqual([]);
    expect([...second.audio]).toEqual([1, 2, DLE, 3]); // 0x42 was the 513th report byte
  });

  it('after <DLE><ETX> hands every later byte back as AT text', () => {
    const decoder = new DleDecoder();
    const first = decoder.push(bytes([5, DLE, 3], '\r\nOK'));
    expect([...first.audio]).toEqual([5]);
    expect(String.fromCharCode(...first.rest)).toBe('\r\nOK');
    expect(decoder.streamEnded).toBe(true);
    expect(String.fromCharCode(...decoder.push(bytes('\r\n')).rest)).toBe('\r\n');
    decoder.reset();
    expect([...decoder.push(bytes([1, 2])).audio]).toEqual([1, 2]);
  });
});

describe('DLE decoder: audio data', () => {
  it.each([
    ['<DLE><DLE> is one 0x10 byte', bytes([1, DLE, DLE, 2]), [1, DLE, 2]],
    ['<DLE><SUB> is two 0x10 bytes', bytes([1, DLE, 0x1a, 2]), [1, DLE, DLE, 2]],
    ['four DLEs are two data bytes', bytes([DLE, DLE, DLE, DLE]), [DLE, DLE]],
    ['an event between doubled DLEs', bytes([DLE, DLE, DLE], 'q', [DLE, DLE]), [DLE, DLE]],
  ])('%s', (_name, input, audio) => {
    expect(decodeReads([input]).audio).toEqual(audio);
  });

  const stream = bytes([0x7f, DLE, DLE, 0x80], [DLE], 'b', [DLE, 0x1a, 1, DLE], '5', [DLE, DLE], [DLE], 'X', 'NAME=A', [DLE], '.', [2, DLE, 3], 'OK');
  const whole = decodeReads([stream]);

  it('decodes the reference stream', () => {
    expect(whole.audio).toEqual([0x7f, DLE, 0x80, DLE, DLE, 1, DLE, 2]);
    expect(whole.events.map((e) => [e.kind, e.offset])).toEqual([['busy', 3], ['dtmf', 6], ['complex', 7], ['end-of-stream', 8]]);
    expect(String.fromCharCode(...whole.rest)).toBe('OK');
  });

  it('gives the same result for every split into two reads (a DLE last in a read)', () => {
    for (let cut = 0; cut <= stream.length; cut++) {
      expect(decodeReads([stream.subarray(0, cut), stream.subarray(cut)]), `cut at ${cut}`).toEqual(whole);
    }
  });

  it('gives the same result for 1-byte reads', () => {
    expect(decodeReads([...stream].map((b) => Uint8Array.of(b)))).toEqual(whole);
  });

  it('decodes 10 MB in one read (linear: no rescanning)', () => {
    const size = 10 * 1024 * 1024;
    const input = new Uint8Array(size);
    for (let i = 0; i < size; i++) input[i] = i & 0xff; // one DLE every 256 bytes, doubled below
    let dles = 0;
    for (let i = 0; i < size; i++) if (input[i] === DLE) dles++;
    const shielded = dleEncode(input);
    expect(shielded.length).toBe(size + dles);
    const r = new DleDecoder().push(shielded);
    expect(r.events).toEqual([]);
    expect(r.audio.length).toBe(size);
    expect(Buffer.from(r.audio).equals(Buffer.from(input))).toBe(true);
  });
});

describe('DLE encoder', () => {
  it.each([
    [[], []],
    [[1, 2, 3], [1, 2, 3]],
    [[DLE], [DLE, DLE]],
    [[1, DLE, DLE, 2], [1, DLE, DLE, DLE, DLE, 2]],
    [[DLE, 3], [DLE, DLE, 3]],
  ])('shields %j as %j', (input, output) => {
    expect([...dleEncode(Uint8Array.from(input))]).toEqual(output);
  });

  it('round-trips through the decoder whatever the bytes', () => {
    const all = Uint8Array.from({ length: 1024 }, (_, i) => (i * 37) & 0xff);
    expect([...new DleDecoder().push(dleEncode(all)).audio]).toEqual([...all]);
  });

  it.each([
    ['transmit', [DLE, 0x03]],
    ['abort-transmit', [DLE, 0x18, DLE, 0x03]],
    ['receive', [DLE, 0x21]],
    ['duplex', [DLE, 0x5e]],
    ['duplex-usr', [DLE, 0x03]],
    ['recover', [DLE, 0x03, DLE, 0x5e, 0x0d]],
  ] as const)('ends a %s stream with %j', (stop, seq) => {
    expect([...dleStopSequence(stop)]).toEqual(seq);
  });
});
