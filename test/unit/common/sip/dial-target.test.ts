import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDialTarget } from '../../../../common/sip/dial-target';
import { formatSipMessage } from '../../../../common/sip/messages';

describe('parseDialTarget accepts', () => {
  it.each([
    ['1001', { kind: 'number', user: '1001' }],
    [' 010-6552 (1234) ', { kind: 'number', user: '01065521234' }],
    ['*72#', { kind: 'number', user: '*72#' }],
    ['+86 10 6552 1234', { kind: 'number', user: '+861065521234' }],
    ['+1 (202) 555-0143', { kind: 'number', user: '+12025550143' }],
    ['bob', { kind: 'user', user: 'bob' }],
    ['bob@example.com', { kind: 'uri', scheme: 'sip', user: 'bob', host: 'example.com' }],
    ['SIP:alice@127.0.0.1:5070', { kind: 'uri', scheme: 'sip', user: 'alice', host: '127.0.0.1', port: 5070 }],
    ['sips:100@[::1]:5061', { kind: 'uri', scheme: 'sips', user: '100', host: '[::1]', port: 5061 }],
  ])('%j', (input, target) => {
    expect(parseDialTarget(input)).toEqual({ ok: true, target });
  });
});

describe('parseDialTarget refuses', () => {
  it.each([
    ['', 'dial.empty'],
    ['   ', 'dial.empty'],
    ['1'.repeat(300), 'dial.tooLong'],
    ['+1 555', 'dial.invalidNumber'],
    ['+', 'dial.invalidNumber'],
    ['tel:+12025550143', 'dial.unsupportedScheme'],
    ['http://evil@example.com', 'dial.forbiddenCharacter'],
    ['@example.com', 'dial.invalidUser'],
    ['bob@', 'dial.invalidHost'],
    ['bob@-bad-.com', 'dial.invalidHost'],
    ['bob@example.com:99999', 'dial.invalidHost'],
    ['sip:a:b@host', 'dial.invalidUser'],
  ])('%j with %s', (input, key) => {
    const result = parseDialTarget(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.key).toBe(key);
  });

  it.each([
    ['1001\r\nX-Evil: 1', 'U+000D'],
    ['1001\nVia: x', 'U+000A'],
    ['bob@example.com;transport=tcp', '";" (U+003B)'],
    ['bob@example.com?Subject=x', '"?" (U+003F)'],
    ['<sip:bob@example.com>', '"<" (U+003C)'],
    ['"Bob" bob@example.com', '""" (U+0022)'],
    ['bob%0d%0a@example.com', '"%" (U+0025)'],
    ['bob,carol@example.com', '"," (U+002C)'],
    ['１００１', '"１" (U+FF11)'],
  ])('header injection %j names the character', (input, char) => {
    const result = parseDialTarget(input);
    expect(result).toEqual({ ok: false, error: { key: 'dial.forbiddenCharacter', params: { char } } });
  });

  it('explains the refusal in both locales', () => {
    const result = parseDialTarget('1001;x');
    if (result.ok) throw new Error('expected a refusal');
    expect(formatSipMessage(result.error)).toBe('The number or address contains a character that is not allowed: ";" (U+003B)');
    expect(formatSipMessage(result.error, 'zh-CN')).toBe('号码或地址包含不允许的字符：";" (U+003B)');
  });
});

describe('parseDialTarget never lets header syntax through', () => {
  const dangerous = /[\r\n\0;?<>",%\\\s]/;
  it('for any input, every accepted field is free of separators and whitespace', () => {
    const alphabet = fc.constantFrom(...'ab1+*#@:;?<>"\r\n\t %,.-()[]sip'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet })), (input) => {
        const result = parseDialTarget(input);
        if (!result.ok) return;
        for (const value of Object.values(result.target)) expect(String(value)).not.toMatch(dangerous);
      }),
      { numRuns: 2000 },
    );
  });
});
