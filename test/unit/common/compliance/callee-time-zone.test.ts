import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calleeZones } from '../../../../common/compliance/callee-time-zone';
import { instantOf, localTime } from '../../../../common/compliance/local-time';

const FALLBACK = ['Asia/Shanghai'];

describe('calleeZones', () => {
  const table: Array<[string, string | null, string[]]> = [
    ['+8613800138000', 'CN', ['Asia/Shanghai']],
    ['+861088888888', 'CN', ['Asia/Shanghai']],
    ['+85221234567', 'HK', ['Asia/Hong_Kong']],
    ['+442071838750', 'GB', ['Europe/London']],
    ['+14155552671', 'US', ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles']],
    ['+79123456789', 'RU', FALLBACK], // not in the table: the campaign's fallback
  ];
  it.each(table)('%s → %s', (e164, region, zones) => {
    expect(calleeZones(e164, FALLBACK)).toEqual({ ok: true, region, zones });
  });

  it.each(['', '13800138000', '+', '+999', 'abc'])('rejects %j', (input) => {
    expect(calleeZones(input, FALLBACK)).toEqual({ ok: false });
  });
});

describe('localTime', () => {
  const table: Array<[string, number, string, string, number, number, number]> = [
    ['Beijing Monday morning', Date.UTC(2024, 2, 4, 1, 30), 'Asia/Shanghai', '2024-03-04', 1, 9 * 60 + 30, 480],
    ['Beijing just after midnight', Date.UTC(2024, 2, 9, 16, 5), 'Asia/Shanghai', '2024-03-10', 7, 5, 480],
    ['New York before DST', Date.UTC(2024, 2, 9, 15, 0), 'America/New_York', '2024-03-09', 6, 10 * 60, -300],
    ['New York after DST', Date.UTC(2024, 2, 11, 14, 0), 'America/New_York', '2024-03-11', 1, 10 * 60, -240],
    ['Kathmandu +05:45', Date.UTC(2024, 0, 1, 0, 0), 'Asia/Kathmandu', '2024-01-01', 1, 5 * 60 + 45, 345],
  ];
  it.each(table)('%s', (_name, at, zone, date, weekday, minuteOfDay, offsetMinutes) => {
    expect(localTime(at, zone)).toEqual({ date, weekday, minuteOfDay, offsetMinutes });
  });

  it('instantOf inverts localTime, across DST changes', () => {
    const zones = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Sydney'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.constantFrom(...zones),
        fc.integer({ min: 9 * 60, max: 20 * 60 }), // daytime: never inside a DST gap
        fc.integer({ min: -3, max: 3 }),
        (near, zone, minuteOfDay, dayShift) => {
          const date = localTime(near + dayShift * 86_400_000, zone).date;
          const at = instantOf(date, minuteOfDay, zone, near);
          expect(localTime(at, zone)).toMatchObject({ date, minuteOfDay });
        },
      ),
    );
  });
});
