import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FREQUENCY_CAPS, checkFrequencyCaps, type FrequencyCap } from '../../../../common/compliance/frequency-caps';
import { DAY, HOUR } from './time';

const NOW = 100 * DAY;

describe('checkFrequencyCaps (default ≤ 2 per 24 h, ≤ 5 per 7 days)', () => {
  const table: Array<[string, number[], unknown]> = [
    ['never called', [], { status: 'allowed' }],
    ['once today', [NOW - HOUR], { status: 'allowed' }],
    [
      'twice today: wait until the older call is 24 h old',
      [NOW - 2 * HOUR, NOW - 5 * HOUR],
      { rule: 'frequencyCap', detail: { calls: 2, maxCalls: 2, windowHours: 24 }, retryAt: NOW - 5 * HOUR + DAY },
    ],
    ['twice, but one 25 h ago', [NOW - HOUR, NOW - 25 * HOUR], { status: 'allowed' }],
    [
      'five this week, one a day: the weekly cap bites',
      [1, 2, 3, 4, 5].map((d) => NOW - d * DAY),
      { rule: 'frequencyCap', detail: { calls: 5, maxCalls: 5, windowHours: 168 }, retryAt: NOW - 5 * DAY + 7 * DAY },
    ],
    [
      'both caps violated: the later retry wins',
      [NOW - HOUR, NOW - 2 * HOUR, NOW - 2 * DAY, NOW - 3 * DAY, NOW - 6 * DAY],
      { rule: 'frequencyCap', detail: { windowHours: 168 }, retryAt: NOW - 6 * DAY + 7 * DAY }, // daily frees at NOW + 22 h
    ],
    ['attempts in the future are ignored (clock skew)', [NOW + HOUR, NOW + 2 * HOUR], { status: 'allowed' }],
  ];
  it.each(table)('%s', (_name, attempts, expected) => {
    expect(checkFrequencyCaps(attempts, NOW, DEFAULT_FREQUENCY_CAPS)).toMatchObject(expected as object);
  });

  it('dialling whenever allowed never puts more than maxCalls into any window', () => {
    const caps: FrequencyCap[] = [
      { maxCalls: 2, windowHours: 24 },
      { maxCalls: 5, windowHours: 168 },
    ];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 12 * HOUR }), { minLength: 1, maxLength: 60 }), (gaps) => {
        const made: number[] = [];
        let now = 0;
        for (const gap of gaps) {
          now += gap;
          const verdict = checkFrequencyCaps(made, now, caps);
          if (verdict.status === 'allowed') made.push(now);
          else {
            expect(verdict.retryAt).toBeGreaterThan(now);
            expect(checkFrequencyCaps(made, verdict.retryAt!, caps).status).toBe('allowed');
          }
        }
        for (const cap of caps) {
          for (const start of made) {
            const inWindow = made.filter((at) => at >= start && at < start + cap.windowHours * HOUR);
            expect(inWindow.length).toBeLessThanOrEqual(cap.maxCalls);
          }
        }
      }),
    );
  });
});
