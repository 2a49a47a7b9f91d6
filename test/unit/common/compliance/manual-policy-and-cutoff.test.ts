import { describe, expect, it } from 'vitest';
import { checkBeforeDial, MANUAL_DIAL_POLICY, retentionCutoff } from '../../../../common/compliance';

const DAY = 86_400_000;
// Sunday 2026-03-08 23:30 in Asia/Shanghai: outside every campaign default window
const SUNDAY_NIGHT = Date.UTC(2026, 2, 8, 15, 30);

describe('manual dial policy', () => {
  const history = Array.from({ length: 10 }, (_, i) => ({ at: SUNDAY_NIGHT - i * 60_000, refused: false }));
  it.each([
    ['late at night, called ten times in ten minutes: still allowed (the agent decides)', { e164: '+8613800138000', history }, 'allowed'],
    ['a refusal still blocks', { e164: '+8613800138000', history: [{ at: 0, refused: true }] }, 'refused'],
    ['DNC still blocks', { e164: '+8613900139000', history: [] }, 'dnc'],
    ['an invalid number still blocks', { e164: '12345', history: [] }, 'invalidNumber'],
  ])('%s', (_name, number, expected) => {
    const verdict = checkBeforeDial(number, SUNDAY_NIGHT, MANUAL_DIAL_POLICY, (e164) => (e164 === '+8613900139000' ? 'complaint' : null));
    expect(verdict.status === 'allowed' ? 'allowed' : verdict.rule).toBe(expected);
  });
});

describe('retentionCutoff', () => {
  it.each([
    [30, 100 * DAY, 70 * DAY],
    [3650, 4000 * DAY, 350 * DAY],
  ])('%i days before %i → %i', (days, now, cutoff) => {
    expect(retentionCutoff(days, now)).toBe(cutoff);
  });
  it.each([29, 3651, 1.5])('refuses %s days (below the MIIT floor, absurd, or fractional)', (days) => {
    expect(() => retentionCutoff(days, 0)).toThrow();
  });
});
