import { describe, expect, it } from 'vitest';
import {
  alawToLinear,
  codecForVsm,
  decodeSamples,
  encodeSamples,
  float32ToInt16,
  float32ToPcm16le,
  int16ToFloat32,
  linearToAlaw,
  linearToMulaw,
  mulawToLinear,
  pcm16leToFloat32,
  silenceByte,
  type VoiceCodec,
} from '../../../../common/voice/pcm-formats';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('G.711 µ-law', () => {
  // G.711 Table 2a decoder outputs in 14-bit units, times 4 for 16-bit samples (the CCITT/Sun g711.c scale)
  it.each([
    [0xff, 0], // segment 0: 0, 2, 4 … 30
    [0xfe, 2 * 4],
    [0xf0, 30 * 4],
    [0xef, 33 * 4], // segment 1 starts at 33
    [0xdf, 99 * 4], // segment 2 starts at 99
    [0x8f, 4191 * 4], // segment 7 starts at 4191
    [0x80, 8031 * 4], // largest: 8031
    [0x7f, 0], // negative zero
    [0x7e, -2 * 4],
    [0x00, -8031 * 4],
  ])('decodes code %i', (code, linear) => {
    expect(mulawToLinear(code)).toBe(linear);
  });

  it.each([
    [0, 0xff],
    [-132, 0x6f],
    [32767, 0x80],
    [-32768, 0x00],
    [32124, 0x80],
    [132, 0xef],
  ])('encodes %i as code %i', (linear, code) => {
    expect(linearToMulaw(linear)).toBe(code);
  });

  it('round-trips every code (0x7F, negative zero, comes back as 0xFF)', () => {
    for (const code of range(256)) expect(linearToMulaw(mulawToLinear(code))).toBe(code === 0x7f ? 0xff : code);
  });

  it('is monotonic over the whole 16-bit range and within half a quantisation step', () => {
    let previous = -Infinity;
    for (let s = -32768; s <= 32767; s += 7) {
      const back = mulawToLinear(linearToMulaw(s));
      expect(back).toBeGreaterThanOrEqual(previous);
      previous = back;
      const seg = ((~linearToMulaw(s) & 0xff) >> 4) & 7;
      if (Math.abs(s) < 32124) expect(Math.abs(back - s), `sample ${s}`).toBeLessThanOrEqual((8 << seg) / 2 + 4); // + the >>2 truncation
    }
  });
});

describe('G.711 A-law', () => {
  // G.711 Table 1a decoder outputs in 13-bit units (1, 3 … 4032), times 8 for 16-bit samples
  it.each([
    [0xd5, 1 * 8],
    [0xd4, 3 * 8],
    [0xc5, 33 * 8], // segment 1
    [0xf5, 66 * 8], // segment 2
    [0xaa, 4032 * 8], // largest
    [0x55, -1 * 8],
    [0x2a, -4032 * 8],
  ])('decodes code %i', (code, linear) => {
    expect(alawToLinear(code)).toBe(linear);
  });

  it.each([
    [0, 0xd5],
    [-1, 0x55],
    [32767, 0xaa],
    [-32768, 0x2a],
  ])('encodes %i as code %i', (linear, code) => {
    expect(linearToAlaw(linear)).toBe(code);
  });

  it('round-trips every code', () => {
    for (const code of range(256)) expect(linearToAlaw(alawToLinear(code))).toBe(code);
  });

  it('is monotonic over the whole 16-bit range and within half a quantisation step', () => {
    let previous = -Infinity;
    for (let s = -32768; s <= 32767; s += 7) {
      const back = alawToLinear(linearToAlaw(s));
      expect(back).toBeGreaterThanOrEqual(previous);
      previous = back;
      const seg = ((linearToAlaw(s) ^ 0x55) >> 4) & 7;
      if (Math.abs(s) < 32256) expect(Math.abs(back - s), `sample ${s}`).toBeLessThanOrEqual((seg < 2 ? 16 : 16 << (seg - 1)) / 2 + 8); // + the >>3 truncation
    }
  });
});

describe('buffers', () => {
  it.each<[VoiceCodec, number[], number[]]>([
    ['pcm16le', [0x34, 0x12, 0xff, 0xff, 0x00, 0x80, 0xff, 0x7f, 0x01], [0x1234, -1, -32768, 32767]],
    ['u8', [0x80, 0x00, 0xff, 0x7f], [0, -32768, 32512, -256]],
    ['s8', [0x00, 0x80, 0x7f, 0xff], [0, -32768, 32512, -256]],
    ['ulaw', [0xff, 0x80, 0x00], [0, 32124, -32124]],
    ['alaw', [0xd5, 0xaa, 0x2a], [8, 32256, -32256]],
  ])('decodes %s', (codec, bytes, samples) => {
    expect([...decodeSamples(codec, Uint8Array.from(bytes))]).toEqual(samples);
  });

  it.each<VoiceCodec>(['pcm16le', 'u8', 's8', 'ulaw', 'alaw'])('%s: encoding decoded bytes gives them back; silence decodes near zero', (codec) => {
    const bytes = codec === 'pcm16le' ? Uint8Array.from(range(512), (i) => (i * 53) & 0xff) : Uint8Array.from(range(256)).filter((b) => !(codec === 'ulaw' && b === 0x7f));
    expect([...encodeSamples(codec, decodeSamples(codec, bytes))]).toEqual([...bytes]);
    const silence = decodeSamples(codec, Uint8Array.of(silenceByte(codec), silenceByte(codec)));
    expect(Math.abs(silence[0] as number)).toBeLessThanOrEqual(8);
  });

  it('PCM16LE ↔ Float32 is exact both ways and clamps', () => {
    const all = Int16Array.from(range(65536), (i) => i - 32768);
    expect([...float32ToInt16(int16ToFloat32(all))]).toEqual([...all]);
    expect([...float32ToInt16(Float32Array.of(1, -1, 2, -2, 0.5, Number.NaN))]).toEqual([32767, -32768, 32767, -32768, 16384, 0]);
    expect([...pcm16leToFloat32(Uint8Array.of(0x00, 0x40, 0x00, 0xc0))]).toEqual([0.5, -0.5]);
    expect([...float32ToPcm16le(Float32Array.of(0.5, -0.5))]).toEqual([0x00, 0x40, 0x00, 0xc0]);
  });

  it.each([
    [0, 's8'],
    [1, 'u8'],
    [128, 'u8'],
    [130, 'u8'],
    [4, 'ulaw'],
    [131, 'ulaw'],
    [5, 'alaw'],
    [132, 'alaw'],
    [133, 'pcm16le'],
    [129, null],
    [141, null],
  ])('+VSM=%i is %s', (cml, codec) => {
    expect(codecForVsm(cml)).toBe(codec);
  });
});
