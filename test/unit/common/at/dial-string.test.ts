import { describe, expect, it } from 'vitest';
import { dialCommand, DialStringError, dtmfCommand, validateDialString } from '../../../../common/at/dial-string';

describe('dial string validation', () => {
  it.each([
    ['0123456789', 'ATD0123456789;'],
    ['+393351391306', 'ATD+393351391306;'],
    ['*100#', 'ATD*100#;'],
    ['0123,,45', 'ATD0123,,45;'],
    [' 555 '.trim(), 'ATD555;'],
  ])('accepts %j', (input, command) => {
    expect(dialCommand(input)).toBe(command);
  });

  it.each([
    ['command separator', '123;ATH'],
    ['carriage return', '123\rATZ'],
    ['AT prefix', 'AT+CFUN=0'],
    ['escape sequence', '+++'],
    ['letters', '12ab'],
    ['inner plus', '12+34'],
    ['empty', ''],
    ['only pauses', ',,,'],
    ['too long', '1'.repeat(41)],
  ])('refuses %s', (_name, input) => {
    expect(() => validateDialString(input)).toThrow(DialStringError);
  });

  it('names the offending character', () => {
    expect(() => validateDialString('12;ATH')).toThrow(/";"/);
  });

  it.each([['5', 'AT+VTS=5'], ['#', 'AT+VTS=#']])('DTMF %s', (digit, command) => {
    expect(dtmfCommand(digit)).toBe(command);
  });

  it.each(['55', ';', 'x', ''])('refuses DTMF %j', (digit) => {
    expect(() => dtmfCommand(digit)).toThrow(DialStringError);
  });
});
