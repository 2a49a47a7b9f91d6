import { describe, expect, it } from 'vitest';
import { parseHexBytes } from '../../../../common/hid/hex-bytes';

describe('parseHexBytes', () => {
  it.each([
    ['050b0905', [5, 11, 9, 5]],
    ['05 0B 09 05', [5, 11, 9, 5]],
    ['0x05, 0x0b', [5, 11]],
    ['05:0b', [5, 11]],
  ])('reads %j', (text, bytes) => {
    const r = parseHexBytes(text);
    expect(r.ok && [...r.bytes]).toEqual(bytes);
  });

  it.each([
    ['', /no hex digits/],
    ['05g0', /not a hex digit: "g"/],
    ['050', /odd number/],
  ])('refuses %j', (text, reason) => {
    expect(parseHexBytes(text)).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  });
});
