// The hourly summary (CRM migration 8) against what it replaces: the table must equal the calls it
// sums after every kind of change the app makes to call_log (logging, outcome corrections at wrap-up,
// retention deletes), and the board read from it must equal the board summed from the rows
// (direct-aggregation.ts, the pre-summary implementation) for any range, zone and campaign.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { pruneExpired, setRetention } from '../../../../../main/node/campaign/db/retention-job';
import { migrate } from '../../../../../main/node/store/run-migrations';
import { setDisposition } from '../../../../../main/node/crm/repo/contact-edits';
import { directCampaignMetrics, directHourMetrics, directStatsBoard } from '../../../../../main/node/stats/direct-aggregation';
import { summaryCampaignMetrics, summaryHourMetrics, summaryHoursSql, SUMMARY_CAMPAIGNS_SQL } from '../../../../../main/node/stats/hourly-summary';
import { statsBoard } from '../../../../../main/node/stats/stats-db-handlers';
import { CallOutcome } from '../../../../../common/crm';
import { seededRandom } from '../../../../../common/random/seeded-random';
import {
  addCall, addMetrics, emptyMetrics, HOUR_MS, offsetPieces, OUTCOME_KEYS, StatsQuery,
  type CampaignMetrics, type LoggedCall, type Metrics, type UtcRange,
} from '../../../../../common/stats';
import { scratch } from '../crm/crm-test-db';
import { generateCalls, insertCalls, type SeededCall } from './seed-calls';

type Db = Database.Database;
let env: ReturnType<typeof scratch> | undefined;
afterEach(() => {
  env?.cleanup();
  env = undefined;
});

const FROM = Date.parse('2026-02-20T00:00:00Z');
const TO = Date.parse('2026-05-10T00:00:00Z');
/** Ranges start before the calls and end after them, so empty stretches are drawn too. */
const DRAW_FROM = FROM - 5 * 86_400_000;
const DRAW_TO = TO + 5 * 86_400_000;
const ZONES = ['Asia/Shanghai', 'UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe'];
const CAMPAIGNS = ['spring', 'autumn', 'vip', ''] as const;
const shanghai = (local: string) => Date.parse(`${local}+08:00`);

/** Calls on the edges that matter at +08:00: local midnight, the last millisecond of a day, hour boundaries. */
function edgeCalls(): SeededCall[] {
  const instants = ['2026-03-10T00:00:00.000', '2026-03-09T23:59:59.999', '2026-03-10T09:00:00.000', '2026-03-10T08:59:59.999', '2026-03-31T23:59:59.999', '2026-04-01T00:00:00.000'];
  return instants.flatMap((local, i) => [null, 'spring'].map((campaignId) => ({
    direction: 'outbound' as const, startedAt: shanghai(local), answeredAt: shanghai(local) + 3000, endedAt: shanghai(local) + 63_000 + i,
    outcome: 'answered', campaignId, number: '+8613800138000', line: 'sip:office',
  })));
}

/** The rows as the app left them, read back. */
function loggedCalls(db: Db): (LoggedCall & { id: number })[] {
  return db
    .prepare('SELECT id, direction, started_at AS startedAt, answered_at AS answeredAt, ended_at AS endedAt, outcome, campaign_id AS campaignId FROM call_log')
    .all() as (LoggedCall & { id: number })[];
}

const keyOf = (hour: number, campaignId: string | null) => JSON.stringify([hour, campaignId]);

/** What call_stats_hourly must hold, computed in JS by common/stats addCall from the rows. */
function expectedSummary(db: Db): Map<string, Metrics> {
  const out = new Map<string, Metrics>();
  for (const call of loggedCalls(db)) {
    if (typeof call.startedAt !== 'number') continue; // never in a numeric range, so never on the board
    const key = keyOf(Math.floor(call.startedAt / HOUR_MS), call.campaignId);
    let m = out.get(key);
    if (!m) out.set(key, (m = emptyMetrics()));
    addCall(m, call);
  }
  return out;
}

function storedSummary(db: Db): Map<string, Metrics> {
  const rows = db.prepare('SELECT * FROM call_stats_hourly').all() as Record<string, number | string>[];
  return new Map(
    rows.map((r) => [
      keyOf(r.hour as number, r.in_campaign ? (r.campaign_key as string) : null),
      {
        calls: r.calls, outbound: r.outbound, connected: r.connected, inbound: r.inbound, talkMs: r.talk_ms, talked: r.talked,
        outcomes: Object.fromEntries(OUTCOME_KEYS.map((k) => [k, r[`o_${k}`]])),
      } as Metrics,
    ]),
  );
}

const sortCampaigns = (rows: CampaignMetrics[]) =>
  rows.filter((c) => c.calls > 0).sort((a, b) => JSON.stringify(a.campaignId).localeCompare(JSON.stringify(b.campaignId)));

/** A range of arbitrary instants (on an hour, off it, empty, inside one hour) with the zone's offset pieces. */
function randomRange(rnd: () => number): { range: UtcRange; zone: string } {
  const zone = ZONES[Math.floor(rnd() * ZONES.length)]!;
  const onHour = rnd() < 0.3;
  const snap = (ms: number) => (onHour ? Math.round(ms / HOUR_MS) * HOUR_MS : ms);
  const fromMs = snap(DRAW_FROM + Math.floor(rnd() * (DRAW_TO - DRAW_FROM)));
  const shape = rnd();
  const length = shape < 0.1 ? 0 : shape < 0.3 ? Math.floor(rnd() * HOUR_MS) : shape < 0.7 ? Math.floor(rnd() * 3 * 86_400_000) : Math.floor(rnd() * 40 * 86_400_000);
  const toMs = Math.max(fromMs, snap(fromMs + length));
  return { range: { fromMs, toMs, pieces: offsetPieces(fromMs, toMs, zone) }, zone };
}

function randomQuery(rnd: () => number): StatsQuery {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const from = DRAW_FROM + Math.floor(rnd() * (DRAW_TO - DRAW_FROM));
  const days = rnd() < 0.5 ? Math.floor(rnd() * 3) : Math.floor(rnd() * 45);
  const campaign = rnd() < 0.7 ? null : (['spring', 'vip', 'never-called'] as const)[Math.floor(rnd() * 3)]!;
  return StatsQuery.parse({ from: day(from), to: day(from + days * 86_400_000), timeZone: ZONES[Math.floor(rnd() * ZONES.length)], campaignId: campaign });
}

/** The summary path and the direct path over many random ranges, queries and campaigns. */
function expectSameAsDirect(db: Db, seed: number, count = 60, expectCalls = true): void {
  const rnd = seededRandom(seed);
  let nonEmpty = 0;
  for (let i = 0; i < count; i++) {
    const { range, zone } = randomRange(rnd);
    const where = `${zone} ${new Date(range.fromMs).toISOString()}…${new Date(range.toMs).toISOString()}`;
    const campaign = rnd() < 0.3 ? 'spring' : null;
    expect(summaryHourMetrics(db, range, campaign), where).toEqual(directHourMetrics(db, range, campaign));
    // the direct path derives the calls outside any campaign from the total of every call
    const total = emptyMetrics();
    for (const h of directHourMetrics(db, range, null)) addMetrics(total, h);
    expect(sortCampaigns(summaryCampaignMetrics(db, range, total, null)), where).toEqual(sortCampaigns(directCampaignMetrics(db, range, total, null)));
    if (total.calls > 0) nonEmpty++;

    const query = randomQuery(rnd);
    expect(statsBoard(db, query), JSON.stringify(query)).toEqual(directStatsBoard(db, query));
  }
  // the draw really covers calls, not only the empty margins
  if (expectCalls) expect(nonEmpty).toBeGreaterThan(count / 3);
}

describe('hourly summary stays exact with call_log', () => {
  it('through logging, outcome corrections, moved calls, disposition edits and retention deletes', () => {
    env = scratch();
    const db = env.db;
    const rnd = seededRandom(42);
    insertCalls(db, [...generateCalls(8000, FROM, TO, 11, [...CAMPAIGNS, null]), ...edgeCalls()]);
    expect(storedSummary(db)).toEqual(expectedSummary(db));
    expectSameAsDirect(db, 1);

    let known = db.prepare('SELECT id FROM call_log').pluck().all() as number[];
    const ids = () => known;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    // wrap-up corrections: the agent changes the outcome (as campaign dispose does), also to an unknown or no outcome
    const correct = db.prepare('UPDATE call_log SET outcome = ? WHERE id = ?');
    for (let i = 0; i < 1500; i++) correct.run(pick([...CallOutcome.options, null, 'legacy-outcome']), pick(ids()));
    // talk times fixed, calls moved to another hour or campaign, a whole batch corrected in one statement
    const retime = db.prepare('UPDATE call_log SET answered_at = ?, ended_at = ? WHERE id = ?');
    for (let i = 0; i < 300; i++) {
      const id = pick(ids());
      const started = db.prepare('SELECT started_at FROM call_log WHERE id = ?').pluck().get(id) as number;
      retime.run(rnd() < 0.2 ? null : started + 5000, rnd() < 0.2 ? null : started + Math.floor(rnd() * 400_000) - 50_000, id);
    }
    const move = db.prepare('UPDATE call_log SET started_at = started_at + ?, campaign_id = ? WHERE id = ?');
    for (let i = 0; i < 300; i++) move.run(Math.floor((rnd() - 0.5) * 6 * HOUR_MS), pick([...CAMPAIGNS, null]), pick(ids()));
    db.prepare("UPDATE call_log SET outcome = 'busy' WHERE campaign_id = 'vip' AND outcome = 'noAnswer'").run();
    // columns the board does not read leave the summary alone
    const before = storedSummary(db);
    for (let i = 0; i < 50; i++) setDisposition(db, pick(ids()), 'callback', Date.now());
    expect(storedSummary(db)).toEqual(before);
    expect(storedSummary(db)).toEqual(expectedSummary(db));
    expectSameAsDirect(db, 2);

    // retention: everything before 2026-03-20 goes, then single rows
    setRetention(db, { callRecordsDays: 30, recordingsDays: 30, auditDays: 365 });
    const run = pruneExpired(db, Date.parse('2026-04-19T12:00:00Z'));
    expect(run.callRecords).toBeGreaterThan(1000);
    known = db.prepare('SELECT id FROM call_log').pluck().all() as number[];
    const remove = db.prepare('DELETE FROM call_log WHERE id = ?');
    for (let i = 0; i < 400; i++) remove.run(pick(ids()));
    expect(storedSummary(db)).toEqual(expectedSummary(db));
    // hours whose calls and unplaced dials are all gone leave no rows (so retention also shrinks the summary)
    expect(db.prepare('SELECT count(*) FROM call_stats_hourly WHERE calls <= 0 AND o_notPlaced <= 0').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM call_stats_hourly WHERE calls < 0 OR o_notPlaced < 0').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM call_stats_hourly WHERE hour < ?').pluck().get(Math.floor(Date.parse('2026-03-19T00:00:00Z') / HOUR_MS))).toBe(0);
    expectSameAsDirect(db, 3);

    db.prepare('DELETE FROM call_log').run();
    expect(db.prepare('SELECT count(*) FROM call_stats_hourly').pluck().get()).toBe(0);
    expectSameAsDirect(db, 4, 10, false);
  }, 120_000);

  it('the day edges at +08:00 fall in the right local day and hour', () => {
    env = scratch();
    insertCalls(env.db, edgeCalls());
    const board = statsBoard(env.db, StatsQuery.parse({ from: '2026-03-09', to: '2026-03-10', timeZone: 'Asia/Shanghai' }));
    expect(board).toEqual(directStatsBoard(env.db, StatsQuery.parse({ from: '2026-03-09', to: '2026-03-10', timeZone: 'Asia/Shanghai' })));
    expect(board.days.map((d) => [d.day, d.calls])).toEqual([['2026-03-09', 2], ['2026-03-10', 6]]);
    expect(board.hours.filter((h) => h.calls > 0).map((h) => [h.hour, h.calls])).toEqual([[0, 2], [8, 2], [9, 2], [23, 2]]);
    const april = statsBoard(env.db, StatsQuery.parse({ from: '2026-04-01', to: '2026-04-01', timeZone: 'Asia/Shanghai' }));
    expect(april.total.calls).toBe(2);
  });

  it('rolls back with the transaction that changed call_log', () => {
    env = scratch();
    const db = env.db;
    insertCalls(db, generateCalls(500, FROM, TO, 5));
    const before = storedSummary(db);
    expect(() =>
      db.transaction(() => {
        insertCalls(db, generateCalls(100, FROM, TO, 6));
        db.prepare("UPDATE call_log SET outcome = 'answered'").run();
        throw new Error('the dialer crashed mid-transaction');
      })(),
    ).toThrow(/crashed/);
    expect(storedSummary(db)).toEqual(before);
    // a statement that fails on its last row (a bad direction) takes its triggers' changes with it
    expect(() =>
      db.exec(`INSERT INTO call_log(line, direction, number, started_at) VALUES
        ('sip:office', 'outbound', '+8613800138000', ${FROM + 1}), ('sip:office', 'sideways', '+8613800138000', ${FROM + 2})`),
    ).toThrow(/CHECK constraint failed/);
    expect(storedSummary(db)).toEqual(before);
    expect(storedSummary(db)).toEqual(expectedSummary(db));
  });
});

describe('migration 8 builds the summary from the calls already logged', () => {
  it('backfills odd rows the way the board always counted them', () => {
    const db = new Database(':memory:');
    migrate(db, 7);
    insertCalls(db, generateCalls(3000, FROM, TO, 9, ['spring', '', null]));
    const odd = db.prepare('INSERT INTO call_log(line, direction, number, started_at, answered_at, ended_at, outcome, campaign_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    odd.run('gsm:1', 'inbound', '10086', 1_773_000_000_000.5, 1_773_000_001_000, 1_773_000_000_000, 'legacy', 'spring'); // fractional start, ends before answer
    odd.run('gsm:1', 'inbound', '10086', 'not a time', null, null, 'answered', null); // text start: outside every range
    odd.run('gsm:1', 'outbound', '10086', -1, 0, 1000, 'answered', null); // before 1970: hour -1, not 0
    migrate(db);
    expect(storedSummary(db)).toEqual(expectedSummary(db));
    expect(storedSummary(db).get(keyOf(-1, null))?.calls).toBe(1);
    expectSameAsDirect(db, 5, 60);
    db.close();
  }, 60_000);

  it('has one column per outcome the board counts (a new outcome needs a new migration)', () => {
    const db = new Database(':memory:');
    migrate(db);
    const columns = (db.prepare("SELECT name FROM pragma_table_info('call_stats_hourly')").pluck().all() as string[]).filter((c) => c.startsWith('o_'));
    expect(columns.toSorted()).toEqual(OUTCOME_KEYS.map((k) => `o_${k}`).toSorted()); // migration 9 appended o_notPlaced
    db.close();
  });
});

describe('summary query plans: searches of the summary primary key', () => {
  const plan = (db: Db, sql: string, params: object) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail);
  for (const analyzed of [false, true]) {
    it(`${analyzed ? 'after ANALYZE' : 'fresh schema'}`, () => {
      env = scratch();
      if (analyzed) {
        insertCalls(env.db, generateCalls(20_000, Date.parse('2026-01-01T00:00:00Z'), Date.parse('2027-01-01T00:00:00Z'), 5));
        env.db.exec('ANALYZE');
      }
      const hours = { from: 490_000, to: 499_000 };
      expect(plan(env.db, summaryHoursSql(false), hours)).toEqual(['SEARCH call_stats_hourly USING PRIMARY KEY (hour>? AND hour<?)']);
      expect(plan(env.db, summaryHoursSql(true), { ...hours, campaign: 'spring' })).toEqual(['SEARCH call_stats_hourly USING PRIMARY KEY (hour>? AND hour<?)']);
      expect(plan(env.db, SUMMARY_CAMPAIGNS_SQL, hours)[0]).toBe('SEARCH call_stats_hourly USING PRIMARY KEY (hour>? AND hour<?)');
    });
  }
});
