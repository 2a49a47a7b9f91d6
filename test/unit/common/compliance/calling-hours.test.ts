import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CallingHours, DEFAULT_CALLING_HOURS, checkCallingHours, nextAllowedAt } from '../../../../common/compliance/calling-hours';
import { beijing } from './time';

const CN = ['Asia/Shanghai'];
const US = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'];
const withHoliday = CallingHours.parse({ ...DEFAULT_CALLING_HOURS, holidays: ['2024-03-04'] });

describe('checkCallingHours (default: Mon–Sat 09–12, 14–20, callee time)', () => {
  const table: Array<[string, number, readonly string[], CallingHours, unknown]> = [
    ['Monday 10:00 Beijing', beijing('2024-03-04', '10:00'), CN, DEFAULT_CALLING_HOURS, { status: 'allowed' }],
    ['window start is inside', beijing('2024-03-04', '09:00'), CN, DEFAULT_CALLING_HOURS, { status: 'allowed' }],
    [
      'window end is outside; lunch rest until 14:00',
      beijing('2024-03-04', '12:00'),
      CN,
      DEFAULT_CALLING_HOURS,
      { rule: 'callingHours', detail: { zone: 'Asia/Shanghai', localTime: '12:00' }, retryAt: beijing('2024-03-04', '14:00') },
    ],
    [
      'evening: next morning',
      beijing('2024-03-04', '21:15'),
      CN,
      DEFAULT_CALLING_HOURS,
      { rule: 'callingHours', detail: { localTime: '21:15' }, retryAt: beijing('2024-03-05', '09:00') },
    ],
    [
      'Saturday night skips Sunday',
      beijing('2024-03-09', '20:30'),
      CN,
      DEFAULT_CALLING_HOURS,
      { rule: 'callingHours', retryAt: beijing('2024-03-11', '09:00') },
    ],
    [
      'holiday: blocked all day, retry the next working morning',
      beijing('2024-03-04', '10:00'),
      CN,
      withHoliday,
      { rule: 'holiday', reasonKey: 'compliance.holiday', detail: { date: '2024-03-04' }, retryAt: beijing('2024-03-05', '09:00') },
    ],
    [
      // Unknown US zone: every zone must allow it. 10:00 New York is 08:00 in Denver; the first moment all
      // four zones are in a window and none at lunch is 17:00 New York = 14:00 Los Angeles.
      'US number at 10:00 New York',
      Date.UTC(2024, 2, 4, 15, 0),
      US,
      DEFAULT_CALLING_HOURS,
      { rule: 'callingHours', detail: { zone: 'America/Denver', localTime: '08:00' }, retryAt: Date.UTC(2024, 2, 4, 22, 0) },
    ],
  ];
  it.each(table)('%s', (_name, now, zones, hours, expected) => {
    expect(checkCallingHours(now, zones, hours)).toMatchObject(expected as object);
  });

  it('retryAt is the first allowed minute: allowed then, blocked one minute earlier', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2025, 0, 1) }), fc.constantFrom(CN, US), (now, zones) => {
        const verdict = checkCallingHours(now, zones, DEFAULT_CALLING_HOURS);
        if (verdict.status === 'allowed') return;
        const retryAt = verdict.retryAt!;
        expect(retryAt).toBeGreaterThan(now);
        expect(checkCallingHours(retryAt, zones, DEFAULT_CALLING_HOURS).status).toBe('allowed');
        expect(checkCallingHours(retryAt - 60_000, zones, DEFAULT_CALLING_HOURS).status).toBe('blocked');
      }),
      { numRuns: 60 },
    );
  });

  it('returns null when no window opens within the lookahead', () => {
    const allHolidays = CallingHours.parse({
      ...DEFAULT_CALLING_HOURS,
      holidays: Array.from({ length: 20 }, (_, i) => `2024-03-${String(i + 4).padStart(2, '0')}`),
    });
    expect(nextAllowedAt(beijing('2024-03-04', '10:00'), CN, allHolidays)).toBeNull();
  });
});

describe('CallingHours schema', () => {
  const bad: Array<[string, unknown, RegExp]> = [
    ['window ending before it starts', { windows: [{ days: [1], start: '20:00', end: '09:00' }] }, /@callingWindowOrder/],
    ['hour 25', { windows: [{ days: [1], start: '25:00', end: '26:00' }] }, /@timeOfDay/],
    ['weekday 0', { windows: [{ days: [0], start: '09:00', end: '10:00' }] }, /too_small|>=1/],
    ['no windows', { windows: [] }, /too_small|>=1/],
    ['holiday not a date', { windows: [{ days: [1], start: '09:00', end: '10:00' }], holidays: ['4 March'] }, /@dateKey/],
  ];
  it.each(bad)('rejects %s', (_name, input, message) => {
    const result = CallingHours.safeParse(input);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(message);
  });
});
