/**
 * Dial strings go into `ATD<number>;` verbatim, so anything beyond digits, a leading +, * and # (service
 * codes) and comma pauses could smuggle a second command (`;`, CR, `AT`, `+++`). Those are refused here,
 * before anything reaches the port.
 */
export class DialStringError extends Error {}

const MAX_LENGTH = 40;

export function validateDialString(input: string): string {
  const number = input.trim();
  if (!number) throw new DialStringError('dial string is empty');
  if (number.length > MAX_LENGTH) throw new DialStringError(`dial string is longer than ${MAX_LENGTH} characters`);
  const bad = /[^0-9*#,+]/.exec(number);
  if (bad) {
    const shown = JSON.stringify(bad[0]);
    throw new DialStringError(`dial string "${JSON.stringify(number).slice(1, -1)}" contains ${shown}: only digits, a leading +, *, # and , (pause) are allowed`);
  }
  if (number.lastIndexOf('+') > 0) throw new DialStringError('"+" is only allowed as the first character of a dial string');
  if (!/[0-9*#]/.test(number)) throw new DialStringError('dial string has no digits');
  return number;
}

/** Voice call: the trailing `;` keeps the module in command mode (without it a CSD data call starts). */
export function dialCommand(number: string, tone = false): string {
  return `ATD${tone ? 'T' : ''}${validateDialString(number)};`;
}

/** One DTMF digit per AT+VTS (the portable form). */
export function dtmfCommand(digit: string): string {
  if (!/^[0-9*#A-D]$/.test(digit)) throw new DialStringError(`DTMF digit must be one of 0-9 * # A-D, got ${JSON.stringify(digit)}`);
  return `AT+VTS=${digit}`;
}
