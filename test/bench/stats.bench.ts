// 1,000,000 calls over a year: the board as shipped (whole hours from the hourly summary, partial hours
// from call_log) vs the baseline, the same board summed from call_log rows on every query
// (direct-aggregation.ts, the implementation before the summary), measured in the same run. Then what
// the summary's triggers cost the writers: logging calls (batched, and one transaction per call as the
// dialer does), retention deletes, and the migration's backfill. Run: npm run bench:stats
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { StatsQuery } from '../../common/stats';
import { openDatabase } from '../../main/node/store/open-database';
import { directStatsBoard } from '../../main/node/stats/direct-aggregation';
import { statsBoard } from '../../main/node/stats/stats-db-handlers';
import { generateCalls, insertCalls, type SeededCall } from '../integration/main/node/stats/seed-calls';

const ROWS = Number(process.env.STATS_BENCH_ROWS ?? 1_000_000);
const RUNS = 5;
const YEAR_FROM = Date.parse('2025-12-31T16:00:00Z');
const YEAR_TO = Date.parse('2026-12-31T16:00:00Z');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time(fn: () => unknown, runs = RUNS): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}
const once = (fn: () => unknown) => time(fn, 1);
const round = (ms: number) => +ms.toFixed(1);

const dir = mkdtempSync(join(tmpdir(), 'dialdeck-stats-bench-'));
let dbs = 0;
const openDb = () => openDatabase(join(dir, `crm-${dbs++}.sqlite`));
const dropSummaryTriggers = (db: Database) => db.exec('DROP TRIGGER call_stats_insert; DROP TRIGGER call_stats_update; DROP TRIGGER call_stats_delete;');
// a real log grows in time order (rowid follows started_at), so seeds are inserted that way too
const yearOfCalls = (count: number, seed: number) => generateCalls(count, YEAR_FROM, YEAR_TO, seed).sort((a, b) => a.startedAt - b.startedAt);

function boards(db: Database): void {
  const ranges = [
    ['day', { from: '2026-06-10', to: '2026-06-10' }],
    ['week', { from: '2026-06-08', to: '2026-06-14' }],
    ['month', { from: '2026-06-01', to: '2026-06-30' }],
    ['month, one campaign', { from: '2026-06-01', to: '2026-06-30', campaignId: 'spring' }],
    ['year', { from: '2026-01-01', to: '2026-12-31' }],
    ['year, one campaign', { from: '2026-01-01', to: '2026-12-31', campaignId: 'spring' }],
  ] as const;
  for (const [name, input] of ranges) {
    const query = StatsQuery.parse({ ...input, timeZone: 'Asia/Shanghai' });
    const board = statsBoard(db, query);
    // the figures are only worth comparing if both paths say the same thing
    if (JSON.stringify(board) !== JSON.stringify(directStatsBoard(db, query))) throw new Error(`${name}: the summary board differs from the direct one`);
    const boardMs = time(() => statsBoard(db, query));
    const directMs = time(() => directStatsBoard(db, query));
    console.log(JSON.stringify({ range: name, calls: board.total.calls, boardMs: round(boardMs), directAggregationBaselineMs: round(directMs), ratio: +(boardMs / directMs).toFixed(3) }));
  }
}

/** Logging calls with the summary's triggers vs the same schema without them. */
function writeCost(calls: readonly SeededCall[], singles: readonly SeededCall[]): void {
  for (const triggers of [true, false]) {
    const db = openDb();
    if (!triggers) dropSummaryTriggers(db);
    const batchMs = once(() => insertCalls(db, calls));
    // the dialer logs each call in a transaction of its own
    const singleMs = once(() => singles.forEach((call) => insertCalls(db, [call])));
    const monthMs = once(() => db.prepare('DELETE FROM call_log WHERE started_at < ?').run(YEAR_FROM + 31 * 86_400_000));
    console.log(JSON.stringify({
      writes: triggers ? 'with summary triggers' : 'baseline: no triggers',
      batchedInsertUsPerCall: +((batchMs * 1000) / calls.length).toFixed(2),
      ownTransactionInsertUsPerCall: +((singleMs * 1000) / singles.length).toFixed(1),
      retentionDeleteOfAMonthMs: round(monthMs),
    }));
    db.close();
  }
}

try {
  const db = openDb();
  const t0 = performance.now();
  const calls = yearOfCalls(ROWS, 1);
  for (let done = 0; done < ROWS; done += 100_000) insertCalls(db, calls.slice(done, done + 100_000));
  calls.length = 0;
  const summaryRows = db.prepare('SELECT count(*) FROM call_stats_hourly').pluck().get();
  console.log(JSON.stringify({ seededRows: ROWS, seedMs: Math.round(performance.now() - t0), summaryRows }));
  boards(db);

  // upgrading a database that already holds the calls: migration 8's backfill statement
  db.exec('DELETE FROM call_stats_hourly');
  const backfillMs = once(() => db.exec('INSERT INTO call_stats_change SELECT 1, started_at, direction, answered_at, ended_at, outcome, campaign_id FROM call_log'));
  console.log(JSON.stringify({ migrationBackfillMs: Math.round(backfillMs), rows: ROWS }));
  db.close();

  writeCost(yearOfCalls(Math.min(ROWS, 100_000), 2), yearOfCalls(2000, 3));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
