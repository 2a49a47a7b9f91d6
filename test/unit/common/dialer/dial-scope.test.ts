import { describe, expect, it } from 'vitest';
import { publicNumberOf } from '../../../../common/dialer/dial-scope';

describe('which dials reach the public network (and get the compliance check)', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['+86 138-0013-8000', '+8613800138000'],
    ['＋８６ １３８ ００１３ ８０００', '+8613800138000'],
    ['010 6552 9988', '01065529988'],
    ['4008123123', '4008123123'],
    ['sip:13800138000@gw.example.com', '13800138000'],
    ['1234567', '1234567'],
  ])('%s is public', (text, number) => expect(publicNumberOf(text)).toBe(number));

  it.each(['1002', '8001', '110', '123456', 'bob@pbx.example.com', 'sip:1002@pbx', '', '*72', '1000\r\nVia: x'])('%s is internal (or not a number at all)', (text) =>
    expect(publicNumberOf(text)).toBeNull(),
  );
});
