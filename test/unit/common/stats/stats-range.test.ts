import { describe, expect, it } from 'vitest';
import { daysOf, localHourOf, localHourSpans, offsetPieces, splitLocalHour, utcRange } from '../../../../common/stats';

const H = 3_600_000;
const utc = (iso: string) => Date.parse(iso);

describe('utcRange: local days to UTC instants and offset pieces', () => {
  it.each([
    // zone, from, to, first instant, end instant, pieces [until, offset hours]
    ['Asia/Shanghai', '2026-03-10', '2026-03-10', '2026-03-09T16:00:00Z', '2026-03-10T16:00:00Z', [['2026-03-10T16:00:00Z', 8]]],
    ['Asia/Shanghai', '2026-01-01', '2026-12-31', '2025-12-31T16:00:00Z', '2026-12-31T16:00:00Z', [['2026-12-31T16:00:00Z', 8]]],
    ['UTC', '2026-03-10', '2026-03-11', '2026-03-10T00:00:00Z', '2026-03-12T00:00:00Z', [['2026-03-12T00:00:00Z', 0]]],
    ['Asia/Kolkata', '2026-03-10', '2026-03-10', '2026-03-09T18:30:00Z', '2026-03-10T18:30:00Z', [['2026-03-10T18:30:00Z', 5.5]]],
    // spring forward: 2026-03-08 02:00 EST → 03:00 EDT, a 23-hour day
    ['America/New_York', '2026-03-08', '2026-03-08', '2026-03-08T05:00:00Z', '2026-03-09T04:00:00Z', [['2026-03-08T07:00:00Z', -5], ['2026-03-09T04:00:00Z', -4]]],
    // fall back: 2026-10-25 03:00 CEST → 02:00 CET, a 25-hour day
    ['Europe/Berlin', '2026-10-24', '2026-10-25', '2026-10-23T22:00:00Z', '2026-10-25T23:00:00Z', [['2026-10-25T01:00:00Z', 2], ['2026-10-25T23:00:00Z', 1]]],
    // a whole year of a DST zone: two changes
    ['Europe/Berlin', '2026-01-01', '2026-12-31', '2025-12-31T23:00:00Z', '2026-12-31T23:00:00Z', [['2026-03-29T01:00:00Z', 1], ['2026-10-25T01:00:00Z', 2], ['2026-12-31T23:00:00Z', 1]]],
  ] as const)('%s %s…%s', (timeZone, from, to, first, end, pieces) => {
    const range = utcRange({ from, to, timeZone });
    expect(new Date(range.fromMs).toISOString()).toBe(new Date(utc(first)).toISOString());
    expect(new Date(range.toMs).toISOString()).toBe(new Date(utc(end)).toISOString());
    expect(range.pieces.map((p) => [new Date(p.until).toISOString(), p.offsetMs / H])).toEqual(pieces.map(([u, o]) => [new Date(utc(u)).toISOString(), o]));
  });

  it('a change exactly at the end of the range stays outside it', () => {
    // Berlin's spring change is at 01:00Z; a range ending exactly there has one piece
    expect(offsetPieces(utc('2026-03-28T23:00:00Z'), utc('2026-03-29T01:00:00Z'), 'Europe/Berlin')).toEqual([{ until: utc('2026-03-29T01:00:00Z'), offsetMs: H }]);
  });
});

describe('local hour buckets', () => {
  const shanghai = utcRange({ from: '2026-03-10', to: '2026-03-11', timeZone: 'Asia/Shanghai' }).pieces;
  const newYork = utcRange({ from: '2026-03-07', to: '2026-03-09', timeZone: 'America/New_York' }).pieces;
  it.each([
    ['Shanghai 09:30', shanghai, '2026-03-10T01:30:00Z', '2026-03-10', 9],
    ['Shanghai first instant of the day', shanghai, '2026-03-09T16:00:00Z', '2026-03-10', 0],
    ['Shanghai last millisecond of the day', shanghai, '2026-03-10T15:59:59.999Z', '2026-03-10', 23],
    ['Shanghai midnight starts the next day', shanghai, '2026-03-10T16:00:00Z', '2026-03-11', 0],
    ['New York 01:59 EST, before the change', newYork, '2026-03-08T06:59:00Z', '2026-03-08', 1],
    ['New York 03:00 EDT, right after it (there is no 02:xx)', newYork, '2026-03-08T07:00:00Z', '2026-03-08', 3],
    ['New York 23:30 EDT', newYork, '2026-03-09T03:30:00Z', '2026-03-08', 23],
  ] as const)('%s', (_name, pieces, at, day, hour) => {
    expect(splitLocalHour(localHourOf(utc(at), pieces))).toEqual({ day, hour });
  });

  it('lists every day of the range, month and leap-day boundaries included', () => {
    expect(daysOf({ from: '2028-02-27', to: '2028-03-01' })).toEqual(['2028-02-27', '2028-02-28', '2028-02-29', '2028-03-01']);
    expect(daysOf({ from: '2026-12-31', to: '2027-01-01' })).toEqual(['2026-12-31', '2027-01-01']);
    expect(daysOf({ from: '2026-05-05', to: '2026-05-05' })).toEqual(['2026-05-05']);
  });
});

describe('localHourSpans: the range cut at local hour boundaries', () => {
  const spans = (timeZone: string, day: string) =>
    localHourSpans(utcRange({ from: day, to: day, timeZone })).map((s) => ({ ...splitLocalHour(s.localHour), from: new Date(s.fromMs).toISOString().slice(11, 16), minutes: (s.toMs - s.fromMs) / 60_000 }));

  it.each([
    ['Asia/Shanghai', '2026-03-10', 24, { day: '2026-03-10', hour: 0, from: '16:00', minutes: 60 }, { day: '2026-03-10', hour: 23, from: '15:00', minutes: 60 }],
    ['Asia/Kolkata', '2026-03-10', 24, { day: '2026-03-10', hour: 0, from: '18:30', minutes: 60 }, { day: '2026-03-10', hour: 23, from: '17:30', minutes: 60 }],
    // spring forward: 02:00 does not exist, 23 spans
    ['America/New_York', '2026-03-08', 23, { day: '2026-03-08', hour: 0, from: '05:00', minutes: 60 }, { day: '2026-03-08', hour: 23, from: '03:00', minutes: 60 }],
    // fall back: 02:00-03:00 happens twice, 25 spans
    ['Europe/Berlin', '2026-10-25', 25, { day: '2026-10-25', hour: 0, from: '22:00', minutes: 60 }, { day: '2026-10-25', hour: 23, from: '22:00', minutes: 60 }],
  ] as const)('%s %s: %i spans', (zone, day, count, first, last) => {
    const list = spans(zone, day);
    expect(list).toHaveLength(count);
    expect(list[0]).toEqual(first);
    expect(list.at(-1)).toEqual(last);
    expect(list.reduce((n, s) => n + s.minutes, 0)).toBe(count * 60);
  });

  it('the repeated autumn hour is two spans of the same local hour, back to back', () => {
    const twice = spans('Europe/Berlin', '2026-10-25').filter((s) => s.hour === 2);
    expect(twice).toEqual([
      { day: '2026-10-25', hour: 2, from: '00:00', minutes: 60 },
      { day: '2026-10-25', hour: 2, from: '01:00', minutes: 60 },
    ]);
    expect(spans('America/New_York', '2026-03-08').some((s) => s.hour === 2)).toBe(false);
  });

  it('spans tile the range with no gap or overlap', () => {
    const range = utcRange({ from: '2026-01-01', to: '2026-12-31', timeZone: 'Europe/Berlin' });
    const list = localHourSpans(range);
    expect(list[0]!.fromMs).toBe(range.fromMs);
    expect(list.at(-1)!.toMs).toBe(range.toMs);
    for (let i = 1; i < list.length; i++) expect(list[i]!.fromMs).toBe(list[i - 1]!.toMs);
    expect(list).toHaveLength(365 * 24);
  });
});
