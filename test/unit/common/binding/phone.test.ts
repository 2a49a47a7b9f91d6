import { describe, expect, it } from 'vitest';
import { Phone } from '../../../../common/binding/binding-api';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { toE164 } from '../../../../common/binding/phone';
import { seededRandom } from '../../../../common/random/seeded-random';

describe('toE164 (default region CN)', () => {
  it.each([
    ['13800138000', '+8613800138000'],
    ['+86 138-0013-8000', '+8613800138000'],
    ['010 6200 0001', '+861062000001'],
    ['+1 415 555 2671', '+14155552671'],
  ])('%s → %s', (raw, e164) => expect(toE164(raw)).toEqual({ ok: true, e164 }));

  it.each(['12345', 'hello', '+86 999'])('refuses %s with a reason', (raw) => {
    const r = toE164(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(raw);
  });

  it('the API schema normalises and reports the problem', () => {
    expect(Phone.parse('13800138000')).toBe('+8613800138000');
    expect(Phone.safeParse('12345').error?.issues[0]?.message).toMatch(/not a valid number/);
  });

  it('answers every E.164 mainland number (the mobile shortcut included) exactly as a full parse does', () => {
    const random = seededRandom(20261124);
    for (let i = 0; i < 20_000; i++) {
      // +86 1 followed by ten digits: valid mobiles, unassigned 1x ranges, and Beijing landlines (+8610…)
      const raw = `+861${Array.from({ length: 10 }, () => Math.floor(random() * 10)).join('')}`;
      const full = parsePhoneNumberFromString(raw, 'CN');
      const expected = full?.isValid() ? { ok: true, e164: full.number } : { ok: false };
      expect(toE164(raw), raw).toMatchObject(expected);
    }
  });
});
