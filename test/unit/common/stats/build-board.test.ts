import { describe, expect, it } from 'vitest';
import {
  averageTalkMs, addMetrics, buildBoard, emptyMetrics, remainderMetrics, campaignMetricsFromCalls, connectRate, hourMetricsFromCalls, StatsQuery, talkMsOf, utcRange, type LoggedCall, type StatsBoard,
} from '../../../../common/stats';

const query = StatsQuery.parse({ from: '2026-03-10', to: '2026-03-12', timeZone: 'Asia/Shanghai' });
const { pieces } = utcRange(query);
/** Shanghai wall clock → epoch ms */
const at = (local: string) => Date.parse(`${local}+08:00`);

function call(local: string, over: Partial<LoggedCall> = {}): LoggedCall {
  return { direction: 'outbound', startedAt: at(local), answeredAt: null, endedAt: null, outcome: 'noAnswer', campaignId: null, ...over };
}
const answered = (local: string, talkSeconds: number, over: Partial<LoggedCall> = {}) =>
  call(local, { outcome: 'answered', answeredAt: at(local) + 5000, endedAt: at(local) + 5000 + talkSeconds * 1000, ...over });

const board = (calls: LoggedCall[], names?: Map<string, string>): StatsBoard =>
  buildBoard(hourMetricsFromCalls(calls, pieces), campaignMetricsFromCalls(calls), query, names);

describe('talk time', () => {
  it.each([
    [{ answeredAt: 1000, endedAt: 61_000 }, 60_000],
    [{ answeredAt: 1000, endedAt: 1000 }, 0],
    [{ answeredAt: null, endedAt: 61_000 }, null],
    [{ answeredAt: 1000, endedAt: null }, null],
    [{ answeredAt: 61_000, endedAt: 1000 }, null], // clock went backwards: no negative talk time
  ])('%o → %s', (c, expected) => expect(talkMsOf(c)).toBe(expected));
});

describe('buildBoard', () => {
  it('buckets calls by local day and hour of the day', () => {
    const b = board([call('2026-03-10T09:05:00'), call('2026-03-10T09:59:59'), call('2026-03-10T10:00:00'), call('2026-03-12T23:59:00'), call('2026-03-11T00:00:00')]);
    expect(b.days.map((d) => [d.day, d.calls])).toEqual([['2026-03-10', 3], ['2026-03-11', 1], ['2026-03-12', 1]]);
    expect(b.hours.filter((h) => h.calls > 0).map((h) => [h.hour, h.calls])).toEqual([[0, 1], [9, 2], [10, 1], [23, 1]]);
    expect(b.hours).toHaveLength(24);
    expect(b.total.calls).toBe(5);
  });

  it('lists days without calls with zeros, so charts have no gaps', () => {
    const b = board([call('2026-03-12T11:00:00')]);
    expect(b.days.map((d) => d.calls)).toEqual([0, 0, 1]);
    expect(connectRate(b.days[0]!)).toBeNull();
  });

  it('connect rate = answered outbound ÷ dialled outbound; inbound calls are neither', () => {
    const b = board([
      answered('2026-03-10T09:00:00', 30),
      call('2026-03-10T09:01:00', { outcome: 'busy' }),
      call('2026-03-10T09:02:00', { outcome: 'voicemail', answeredAt: at('2026-03-10T09:02:10'), endedAt: at('2026-03-10T09:02:40') }),
      call('2026-03-10T09:03:00', { outcome: null }),
      answered('2026-03-10T09:04:00', 100, { direction: 'inbound' }),
    ]);
    expect(b.total).toMatchObject({ calls: 5, outbound: 4, connected: 1, inbound: 1 });
    expect(connectRate(b.total)).toBe(0.25);
    expect(connectRate(b.hours[9]!)).toBe(0.25);
  });

  it('talk time sums answered→ended of every call that has both, and averages over those calls', () => {
    const b = board([answered('2026-03-10T09:00:00', 30), answered('2026-03-10T10:00:00', 90), call('2026-03-10T11:00:00'), answered('2026-03-11T09:00:00', 60, { direction: 'inbound' })]);
    expect(b.days[0]).toMatchObject({ talkMs: 120_000, talked: 2 });
    expect(averageTalkMs(b.days[0]!)).toBe(60_000);
    expect(b.total).toMatchObject({ talkMs: 180_000, talked: 3 });
    expect(averageTalkMs(b.days[2]!)).toBeNull();
  });

  it('counts dials that never reached the network apart: not calls, not dials, not in the connect rate', () => {
    const b = board([answered('2026-03-10T09:00:00', 30), call('2026-03-10T09:05:00', { outcome: 'busy' }), call('2026-03-10T09:10:00', { outcome: 'notPlaced' }), call('2026-03-10T22:10:00', { outcome: 'notPlaced' })]);
    expect(b.total).toMatchObject({ calls: 2, outbound: 2, connected: 1 });
    expect(b.total.outcomes.notPlaced).toBe(2);
    expect(connectRate(b.total)).toBe(0.5);
    // an hour with only unplaced dials still shows them
    expect(b.hours[22]).toMatchObject({ calls: 0 });
    expect(b.hours[22]!.outcomes.notPlaced).toBe(1);
  });

  it('counts every outcome, and calls without a known outcome as none', () => {
    const outcomes = ['answered', 'noAnswer', 'busy', 'busy', 'failed', 'rejected', 'voicemail', 'invalidNumber', 'unreachable', 'cancelled', null, 'legacyThing'];
    const b = board(outcomes.map((outcome, i) => call(`2026-03-10T09:${String(i).padStart(2, '0')}:00`, { outcome })));
    expect(b.total.outcomes).toEqual({ answered: 1, noAnswer: 1, busy: 2, failed: 1, rejected: 1, voicemail: 1, invalidNumber: 1, unreachable: 1, cancelled: 1, notPlaced: 0, none: 2 });
    expect(Object.values(b.total.outcomes).reduce((a, n) => a + n, 0)).toBe(b.total.calls);
  });

  it('groups per campaign: busiest first, named where known, calls outside campaigns last', () => {
    const b = board(
      [
        call('2026-03-10T09:00:00', { direction: 'inbound', outcome: 'answered' }),
        answered('2026-03-10T09:10:00', 10, { campaignId: 'spring' }),
        call('2026-03-10T09:20:00', { campaignId: 'spring' }),
        call('2026-03-10T09:30:00', { campaignId: 'autumn' }),
        call('2026-03-11T09:30:00', { campaignId: 'spring' }),
      ],
      new Map([['spring', '春季回访']]),
    );
    expect(b.campaigns.map((c) => [c.campaignId, c.name, c.calls, c.connected])).toEqual([
      ['spring', '春季回访', 3, 1],
      ['autumn', null, 1, 0],
      [null, null, 1, 0],
    ]);
    expect(connectRate(b.campaigns[0]!)).toBeCloseTo(1 / 3);
  });

  it('every view adds up to the same total', () => {
    const calls = Array.from({ length: 200 }, (_, i) =>
      (i % 3 === 0 ? answered : call)(`2026-03-1${i % 3}T${String(8 + (i % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00`, 7 * i, {
        campaignId: ['a', 'b', null][i % 3] ?? null,
        direction: i % 7 === 0 ? 'inbound' : 'outbound',
      }),
    );
    const b = board(calls);
    for (const view of [b.days, b.hours, b.campaigns]) {
      for (const key of ['calls', 'outbound', 'connected', 'inbound', 'talkMs', 'talked'] as const) {
        expect(view.reduce((sum, r) => sum + r[key], 0), key).toBe(b.total[key]);
      }
    }
    expect(b.total.calls).toBe(200);
  });

  it('refuses a bucket outside the range instead of dropping it', () => {
    expect(() => board([call('2026-03-13T00:00:00')])).toThrow(/outside 2026-03-10…2026-03-12/);
  });
});

describe('remainderMetrics', () => {
  it('is the whole minus its parts, outcome by outcome', () => {
    const calls = [answered('2026-03-10T09:00:00', 30, { campaignId: 'a' }), call('2026-03-10T10:00:00', { campaignId: 'b', outcome: 'busy' }), answered('2026-03-10T11:00:00', 50), call('2026-03-10T12:00:00', { outcome: null })];
    const total = emptyMetrics();
    for (const h of hourMetricsFromCalls(calls, pieces)) addMetrics(total, h);
    const [a, b, none] = ['a', 'b', null].map((id) => campaignMetricsFromCalls(calls).find((c) => c.campaignId === id)!);
    const { campaignId: _, ...expected } = none!;
    expect(remainderMetrics(total, [a!, b!])).toEqual(expected);
    expect(total.calls).toBe(4); // the whole is not changed
  });
});
