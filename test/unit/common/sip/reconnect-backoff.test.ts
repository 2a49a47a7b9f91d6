import { describe, expect, it } from 'vitest';
import { reconnectDelay } from '../../../../common/sip/reconnect-backoff';

const options = { initialMs: 250, maxMs: 3000, jitter: 0.3 };

describe('reconnectDelay', () => {
  it('doubles from the initial delay up to the cap when there is no jitter', () => {
    const delays = [0, 1, 2, 3, 4, 5, 100].map((n) => reconnectDelay(n, options, () => 0));
    expect(delays).toEqual([250, 500, 1000, 2000, 3000, 3000, 3000]);
  });
  it('jitters downwards only, so the cap is never exceeded', () => {
    expect(reconnectDelay(10, options, () => 0.999)).toBe(Math.round(3000 * (1 - 0.3 * 0.999)));
    expect(reconnectDelay(0, options, () => 0.5)).toBe(Math.round(250 * 0.85));
  });
  it.each([-1, 1.5, Number.NaN])('rejects attempt %s', (attempt) => {
    expect(() => reconnectDelay(attempt, options)).toThrow(RangeError);
  });
});
