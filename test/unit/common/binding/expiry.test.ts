import { describe, expect, it } from 'vitest';
import { effectiveExpiry } from '../../../../common/binding/expiry';

describe('effectiveExpiry', () => {
  const base = { expiresAt: 100_000, releaseAfterCallSeconds: 30, activeCalls: 0, lastCallEndedAt: null };
  it.each([
    { name: 'absolute only before any call', s: base, want: 100_000 },
    { name: 'N s after the last call ended', s: { ...base, lastCallEndedAt: 10_000 }, want: 40_000 },
    { name: 'never later than the absolute deadline', s: { ...base, lastCallEndedAt: 90_000 }, want: 100_000 },
    { name: 'no idle release while a call is up', s: { ...base, lastCallEndedAt: 10_000, activeCalls: 1 }, want: 100_000 },
    { name: 'no idle rule configured', s: { ...base, releaseAfterCallSeconds: null, lastCallEndedAt: 10_000 }, want: 100_000 },
    { name: 'zero seconds releases at hang-up', s: { ...base, releaseAfterCallSeconds: 0, lastCallEndedAt: 10_000 }, want: 10_000 },
  ])('$name', ({ s, want }) => expect(effectiveExpiry(s)).toBe(want));
});
