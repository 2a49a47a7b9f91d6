// 1,000,000 calls over a year: the board's SQL aggregate vs shipping the range's rows to JS and
// aggregating there (the baseline), measured in the same run. Run: npm run bench:stats
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { campaignMetricsFromCalls, hourMetricsFromCalls, StatsQuery, utcRange, type LoggedCall } from '../../common/stats';
import { openCrmDatabase } from '../../main/node/crm/db/openCrmDatabase';
import { statsBoard } from '../../main/node/stats/statsDbHandlers';
import { generateCalls, insertCalls } from '../integration/stats/seedCalls';

const ROWS = Number(process.env.STATS_BENCH_ROWS ?? 1_000_000);
const RUNS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time(fn: () => unknown): number {
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  }
  return median(runs);
}

const dir = mkdtempSync(join(tmpdir(), 'dialdeck-stats-bench-'));
try {
  const db = openCrmDatabase(join(dir, 'crm.sqlite'));
  const t0 = performance.now();
  // a real log grows in time order (rowid follows started_at), so the seed is inserted that way too
  const calls = generateCalls(ROWS, Date.parse('2025-12-31T16:00:00Z'), Date.parse('2026-12-31T16:00:00Z'), 1).sort((a, b) => a.startedAt - b.startedAt);
  for (let done = 0; done < ROWS; done += 100_000) insertCalls(db, calls.slice(done, done + 100_000));
  calls.length = 0;
  console.log(JSON.stringify({ seededRows: ROWS, seedMs: Math.round(performance.now() - t0) }));

  const shipRows = (query: StatsQuery) => {
    const range = utcRange(query);
    const rows = db
      .prepare(
        `SELECT direction, started_at AS startedAt, answered_at AS answeredAt, ended_at AS endedAt, outcome, campaign_id AS campaignId
         FROM call_log WHERE ${query.campaignId ? 'campaign_id = @campaign AND ' : ''}started_at >= @from AND started_at < @to`,
      )
      .all({ from: range.fromMs, to: range.toMs, ...(query.campaignId ? { campaign: query.campaignId } : {}) }) as LoggedCall[];
    return [hourMetricsFromCalls(rows, range.pieces), campaignMetricsFromCalls(rows)];
  };

  const ranges = [
    ['day', { from: '2026-06-10', to: '2026-06-10' }],
    ['week', { from: '2026-06-08', to: '2026-06-14' }],
    ['month', { from: '2026-06-01', to: '2026-06-30' }],
    ['month, one campaign', { from: '2026-06-01', to: '2026-06-30', campaignId: 'spring' }],
    ['year', { from: '2026-01-01', to: '2026-12-31' }],
  ] as const;
  const measure = (schema: string) => {
    for (const [name, input] of ranges) {
      const query = StatsQuery.parse({ ...input, timeZone: 'Asia/Shanghai' });
      const calls = statsBoard(db, query).total.calls;
      const sqlMs = time(() => statsBoard(db, query));
      const baselineMs = time(() => shipRows(query));
      console.log(JSON.stringify({ schema, range: name, calls, boardMs: +sqlMs.toFixed(1), shipRowsBaselineMs: +baselineMs.toFixed(1), ratio: +(sqlMs / baselineMs).toFixed(2) }));
    }
  };
  measure('shipped indexes');
  if (process.env.STATS_BENCH_COVERING) {
    // what a covering index (a possible later migration) would buy: the range is read from the index alone
    db.exec('CREATE INDEX bench_call_log_stats ON call_log(started_at, direction, outcome, campaign_id, answered_at, ended_at)');
    measure('with covering index');
  }
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
