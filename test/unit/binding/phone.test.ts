import { describe, expect, it } from 'vitest';
import { Phone } from '../../../common/binding/api';
import { toE164 } from '../../../common/binding/phone';

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
});
