// The board's SQL on a real migrated CRM database, held to the readable reference in common/stats.
import { afterEach, describe, expect, it } from 'vitest';
import { logCall } from '../../../../../main/node/crm/repo/contact-edits';
import { CALLED_CAMPAIGNS_SQL } from '../../../../../main/node/stats/called-campaigns';
import { campaignNames } from '../../../../../main/node/stats/campaign-names';
import { metricsSql } from '../../../../../main/node/stats/stats-sql';
import { statsBoard, statsCampaigns, statsDbHandlers } from '../../../../../main/node/stats/stats-db-handlers';
import { handlersOn } from '../../../../support/store/in-process-store';
import { LogCallRequest } from '../../../../../common/crm';
import { buildBoard, campaignMetricsFromCalls, connectRate, hourMetricsFromCalls, StatsQuery, utcRange } from '../../../../../common/stats';
import { scratch } from '../crm/crm-test-db';
import { generateCalls, insertCalls } from './seed-calls';

let env: ReturnType<typeof scratch>;
afterEach(() => env.cleanup());

/** What the board must say, computed from the seeded rows in JS (no SQL). */
function expectedBoard(calls: ReturnType<typeof generateCalls>, query: StatsQuery) {
  const range = utcRange(query);
  const inRange = calls.filter((c) => c.startedAt >= range.fromMs && c.startedAt < range.toMs && (query.campaignId === null || c.campaignId === query.campaignId));
  return buildBoard(hourMetricsFromCalls(inRange, range.pieces), campaignMetricsFromCalls(inRange), query);
}

describe('stats queries on SQLite', () => {
  it.each([
    ['Asia/Shanghai, one week', { from: '2026-03-09', to: '2026-03-15', timeZone: 'Asia/Shanghai' }],
    ['Asia/Shanghai, one campaign', { from: '2026-03-09', to: '2026-03-15', timeZone: 'Asia/Shanghai', campaignId: 'spring' }],
    ['America/New_York across the spring DST change', { from: '2026-03-07', to: '2026-03-09', timeZone: 'America/New_York' }],
    ['Europe/Berlin across the autumn DST change', { from: '2026-10-24', to: '2026-10-26', timeZone: 'Europe/Berlin' }],
    ['a single day', { from: '2026-03-11', to: '2026-03-11', timeZone: 'Asia/Shanghai' }],
  ])('%s: SQL aggregate = the reference computed from the rows', (_name, input) => {
    env = scratch();
    const calls = generateCalls(6000, Date.parse('2026-03-05T00:00:00Z'), Date.parse('2026-03-20T00:00:00Z'), 7).concat(
      generateCalls(3000, Date.parse('2026-10-22T00:00:00Z'), Date.parse('2026-10-29T00:00:00Z'), 8),
    );
    insertCalls(env.db, calls);
    const query = StatsQuery.parse(input);
    const board = statsBoard(env.db, query);
    expect(board).toEqual(expectedBoard(calls, query));
    expect(board.total.calls).toBeGreaterThan(100); // the range really holds seeded calls
    if (query.campaignId) expect(board.campaigns.map((c) => c.campaignId)).toEqual([query.campaignId]);
  });

  it('counts calls logged through the CRM (number normalised, contact matched) like any other', () => {
    env = scratch();
    const at = (local: string) => Date.parse(`${local}+08:00`);
    logCall(env.db, LogCallRequest.parse({ line: 'sip:office', direction: 'outbound', number: '138 0013 8000', startedAt: at('2026-03-10T09:00:00'), answeredAt: at('2026-03-10T09:00:08'), endedAt: at('2026-03-10T09:02:08'), outcome: 'answered', campaignId: 'spring' }));
    logCall(env.db, LogCallRequest.parse({ line: 'sip:office', direction: 'outbound', number: '13900001111', startedAt: at('2026-03-10T09:30:00'), outcome: 'noAnswer', campaignId: 'spring' }));
    logCall(env.db, LogCallRequest.parse({ line: 'gsm:1', direction: 'inbound', number: '13900001111', startedAt: at('2026-03-10T23:59:59'), answeredAt: at('2026-03-11T00:00:01'), endedAt: at('2026-03-11T00:01:01'), outcome: 'answered' }));
    const board = statsBoard(env.db, StatsQuery.parse({ from: '2026-03-10', to: '2026-03-11', timeZone: 'Asia/Shanghai' }));
    expect(board.days.map((d) => [d.day, d.calls, d.outbound, d.connected, d.inbound, d.talkMs])).toEqual([
      ['2026-03-10', 3, 2, 1, 1, 180_000],
      ['2026-03-11', 0, 0, 0, 0, 0],
    ]);
    expect(board.hours[9]!.calls).toBe(2);
    expect(board.hours[23]!.calls).toBe(1);
    expect(connectRate(board.campaigns[0]!)).toBe(0.5);
  });

  it('names campaigns from the campaigns table, and shows ids for campaigns it does not know', () => {
    env = scratch();
    insertCalls(env.db, generateCalls(300, Date.parse('2026-03-10T00:00:00Z'), Date.parse('2026-03-11T00:00:00Z'), 3, ['spring', 'autumn', 'gone', null]));
    const now = Date.now();
    const add = env.db.prepare('INSERT INTO campaigns(id, settings, created_at, updated_at) VALUES (?, ?, ?, ?)');
    add.run('spring', JSON.stringify({ id: 'spring', name: '春季回访' }), now, now);
    add.run('autumn', JSON.stringify({ id: 'autumn', name: 'Autumn <b>push</b>' }), now, now);
    add.run('unused', JSON.stringify({ id: 'unused', name: '没拨过' }), now, now);
    expect(statsCampaigns(env.db)).toEqual([
      { id: 'autumn', name: 'Autumn <b>push</b>' },
      { id: 'gone', name: null },
      { id: 'spring', name: '春季回访' },
    ]);
    const board = statsBoard(env.db, StatsQuery.parse({ from: '2026-03-10', to: '2026-03-11', timeZone: 'UTC' }));
    expect(Object.fromEntries(board.campaigns.map((c) => [c.campaignId ?? 'none', c.name]))).toEqual({ spring: '春季回访', autumn: 'Autumn <b>push</b>', gone: null, none: null });
  });

  it('falls back to ids on a database without the campaigns table', () => {
    env = scratch();
    env.db.exec('DROP TABLE campaigns');
    expect(campaignNames(env.db, ['spring'])).toEqual(new Map());
  });

  it('refuses bad input in the worker too, with the reason', () => {
    env = scratch();
    const handlers = handlersOn(statsDbHandlers, env.db);
    expect(() => handlers.statsBoard({ from: '2026-03-10', to: '2026-03-01', timeZone: 'Asia/Shanghai' })).toThrow(/@rangeReversed/);
    expect(() => handlers.statsBoard({ from: '2026-03-10', to: '2026-03-11', timeZone: 'Nowhere/City' })).toThrow(/@timeZone/);
  });
});

describe('query plans: index searches, never a scan of call_log', () => {
  const plan = (db: ReturnType<typeof scratch>['db'], sql: string, params: object) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail);

  for (const analyzed of [false, true]) {
    it(`range and campaign queries use call_log_started / call_log_campaign (${analyzed ? 'after ANALYZE' : 'fresh schema'})`, () => {
      env = scratch();
      if (analyzed) {
        insertCalls(env.db, generateCalls(20_000, Date.parse('2026-01-01T00:00:00Z'), Date.parse('2027-01-01T00:00:00Z'), 5));
        env.db.exec('ANALYZE');
      }
      const params = { from: BigInt(Date.parse('2026-03-25T00:00:00Z')), to: BigInt(Date.parse('2026-03-25T01:00:00Z')) };
      expect(plan(env.db, metricsSql(false), params)).toEqual(['SEARCH call_log USING INDEX call_log_started (started_at>? AND started_at<?)']);
      expect(plan(env.db, metricsSql(true), { ...params, campaign: 'spring' })).toEqual([
        'SEARCH call_log USING INDEX call_log_campaign (campaign_id=? AND started_at>? AND started_at<?)',
      ]);
      const campaigns = plan(env.db, CALLED_CAMPAIGNS_SQL, {});
      expect(campaigns.filter((d) => /call_log/.test(d)).every((d) => /USING COVERING INDEX call_log_campaign/.test(d)), campaigns.join('\n')).toBe(true);
    });
  }
});
