import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizePhone, splitPhoneCell, digitsOf } from '../../../../common/phone';
import { fullParse } from '../../../../common/phone/normalize-phone';
import { fastMainlandLandline } from '../../../../common/phone/mainland-fast-path';
import { splitExtension } from '../../../../common/phone/split-extension';

describe('normalizePhone (default region CN)', () => {
  it.each([
    // input, e164, kind, extension
    ['13800138000', '+8613800138000', 'mobile', undefined],
    ['138 0013 8000', '+8613800138000', 'mobile', undefined],
    ['138-0013-8000', '+8613800138000', 'mobile', undefined],
    ['+86 138 0013 8000', '+8613800138000', 'mobile', undefined],
    ['+86-13800138000', '+8613800138000', 'mobile', undefined],
    ['008613800138000', '+8613800138000', 'mobile', undefined],
    ['0086 138 0013 8000', '+8613800138000', 'mobile', undefined],
    ['8613800138000', '+8613800138000', 'mobile', undefined],
    ['(+86)13800138000', '+8613800138000', 'mobile', undefined],
    ['１３８００１３８０００', '+8613800138000', 'mobile', undefined],
    ['（＋８６）１３８－００１３－８０００', '+8613800138000', 'mobile', undefined],
    [' 13800138000\u00a0', '+8613800138000', 'mobile', undefined],
    ['010-12345678', '+861012345678', 'landline', undefined],
    ['(010)12345678', '+861012345678', 'landline', undefined],
    ['（010）12345678', '+861012345678', 'landline', undefined],
    ['0755 8888 6666', '+8675588886666', 'landline', undefined],
    ['+86 21 6123 4567', '+862161234567', 'landline', undefined],
    ['86 010 12345678', '+861012345678', 'landline', undefined],
    ['010-12345678转123', '+861012345678', 'landline', '123'],
    ['010-12345678 转 123', '+861012345678', 'landline', '123'],
    ['021-61234567-转-88', '+862161234567', 'landline', '88'],
    ['0755-88886666分机2001', '+8675588886666', 'landline', '2001'],
    ['021 6123 4567 ext. 12', '+862161234567', 'landline', '12'],
    ['021-61234567#12', '+862161234567', 'landline', '12'],
    ['400-810-8888', '+864008108888', 'sharedCost', undefined],
    ['4008108888', '+864008108888', 'sharedCost', undefined],
    ['800-820-8820', '+868008208820', 'tollFree', undefined],
  ])('%s -> %s (%s)', (input, e164, kind, extension) => {
    const result = normalizePhone(input);
    expect(result).toMatchObject({ ok: true, phone: { e164, kind } });
    if (result.ok) {
      expect(result.phone.extension).toBe(extension);
      expect(result.phone.key).toBe(extension ? `${e164};ext=${extension}` : e164);
    }
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['无', 'notANumber'],
    ['n/a', 'notANumber'],
    ['12345', 'invalid'],
    ['1380013800', 'invalid'], // one digit short
    ['138001380001', 'invalid'], // one digit long
    ['0571-8888888', 'invalid'], // Hangzhou numbers have 8 digits
    ['110', 'invalid'],
  ])('rejects %j as %s and keeps the input', (input, reason) => {
    expect(normalizePhone(input)).toEqual({ ok: false, reason, input });
  });

  it('keeps the national number for fragment search', () => {
    const result = normalizePhone('(010)12345678');
    expect(result.ok && result.phone.national).toBe('1012345678');
  });

  it('the mobile fast path agrees with the full libphonenumber parse', () => {
    const formats = [(n: string) => n, (n: string) => `+86 ${n}`, (n: string) => `0086${n}`, (n: string) => `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`];
    fc.assert(
      fc.property(fc.stringMatching(/^1[0-9]{10}$/), fc.integer({ min: 0, max: formats.length - 1 }), (national, f) => {
        const input = formats[f]!(national);
        expect(normalizePhone(input)).toEqual(fullParse(input, undefined, 'CN', input));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the landline fast path', () => {
  // real area codes of every length, plus a few that do not exist (the fast path must decline those)
  const AREAS = ['10', '20', '21', '22', '23', '24', '25', '27', '28', '29', '311', '351', '371', '431', '451', '471', '510', '512', '531', '551',
    '571', '591', '731', '755', '769', '771', '791', '851', '871', '891', '898', '931', '951', '971', '991', '11', '12', '19', '400', '800'];
  const FORMATS = [
    (a: string, s: string) => `0${a}-${s}`,
    (a: string, s: string) => `(0${a})${s}`,
    (a: string, s: string) => `0${a} ${s.slice(0, 4)} ${s.slice(4)}`,
    (a: string, s: string) => `+86 ${a} ${s}`,
    (a: string, s: string) => `0086${a}${s}`,
    (a: string, s: string) => `0${a}-${s}转${s.slice(0, 3)}`,
  ];

  it('agrees with the full libphonenumber parse on generated landlines, valid or not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...AREAS),
        fc.stringMatching(/^[0-9]{6,9}$/),
        fc.integer({ min: 0, max: FORMATS.length - 1 }),
        (area, subscriber, f) => {
          const input = FORMATS[f]!(area, subscriber);
          const { main, extension } = splitExtension(input);
          expect(normalizePhone(input)).toEqual(fullParse(main, extension, 'CN', input));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('takes the shortcut for ordinary landlines and declines service numbers', () => {
    expect(fastMainlandLandline('010-62345678', undefined)).toMatchObject({ e164: '+861062345678', kind: 'landline' });
    expect(fastMainlandLandline('(0755)88886666', '12')).toMatchObject({ key: '+8675588886666;ext=12', extension: '12' });
    expect(fastMainlandLandline('400-810-8888', undefined)).toBeUndefined();
    expect(fastMainlandLandline('13800138000', undefined)).toBeUndefined();
  });
});

describe('splitPhoneCell', () => {
  it.each([
    ['13800138000', ['13800138000']],
    ['13800138000/13900139000', ['13800138000', '13900139000']],
    ['13800138000；010-12345678转8', ['13800138000', '010-12345678转8']],
    ['手机:13800138000，座机：010-12345678', ['13800138000', '010-12345678']],
    ['13800138000、13900139000\n', ['13800138000', '13900139000']],
    ['', []],
  ])('%j -> %j', (cell, parts) => {
    expect(splitPhoneCell(cell)).toEqual(parts);
  });
});

describe('digitsOf', () => {
  it.each([
    ['138 0013', '1380013'],
    ['（０１０）１２', '01012'],
    ['王', ''],
  ])('%j -> %j', (input, digits) => expect(digitsOf(input)).toBe(digits));
});
