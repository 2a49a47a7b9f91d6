import { describe, expect, it } from 'vitest';
import { StatsQuery } from '../../../../common/stats';

describe('StatsQuery', () => {
  it('accepts a range in a named zone and defaults to every campaign', () => {
    expect(StatsQuery.parse({ from: '2026-01-01', to: '2026-12-31', timeZone: 'Asia/Shanghai' })).toEqual({
      from: '2026-01-01', to: '2026-12-31', timeZone: 'Asia/Shanghai', campaignId: null,
    });
    expect(StatsQuery.parse({ from: '2028-01-01', to: '2028-12-31', timeZone: 'UTC', campaignId: 'c1' }).campaignId).toBe('c1');
  });

  it.each([
    [{ from: '2026-3-1', to: '2026-03-02', timeZone: 'UTC' }, /@dateKey/],
    [{ from: '2026-02-30', to: '2026-03-02', timeZone: 'UTC' }, /@noSuchDate/],
    [{ from: '2026-03-05', to: '2026-03-04', timeZone: 'UTC' }, /@rangeReversed/],
    [{ from: '2026-01-01', to: '2027-01-02', timeZone: 'UTC' }, /@rangeTooLong/],
    [{ from: '2026-01-01', to: '2026-01-02', timeZone: 'Mars/Olympus' }, /@timeZone/],
    [{ from: '2026-01-01', to: '2026-01-02', timeZone: 'UTC', campaignId: '' }, /too_small|>=1|at least/i],
    [{ from: '2026-01-01', to: '2026-01-02', timeZone: 'UTC', number: '13800138000' }, /unrecognized/i],
  ])('refuses %o with a clear reason', (input, reason) => {
    const parsed = StatsQuery.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => `${i.code} ${i.message}`).join('; ')).toMatch(reason);
  });
});
