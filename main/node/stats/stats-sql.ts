// The board's metrics summed straight from call_log rows. The board reads whole hours from the hourly
// summary (hourly-summary.ts) and only the partial hours at a range's edges through these statements;
// direct-aggregation.ts sums whole ranges with them (the pre-summary board, kept as bench baseline and
// test oracle). Every statement is an index range search (call_log_started, or call_log_campaign for a
// campaign).
import type { Database, Statement } from 'better-sqlite3';
import { OUTCOME_KEYS, type CampaignMetrics, type Metrics, type OutcomeKey } from '../../../common/stats';

const KNOWN_OUTCOMES = OUTCOME_KEYS.filter((k) => k !== 'none');

/** Mirrors common/stats call-metrics.ts addCall, column for column. */
const METRICS_SQL = [
  "count(CASE WHEN outcome IS NOT 'notPlaced' THEN 1 END) AS calls",
  "count(CASE WHEN direction = 'outbound' AND outcome IS NOT 'notPlaced' THEN 1 END) AS outbound",
  "count(CASE WHEN direction = 'outbound' AND outcome = 'answered' THEN 1 END) AS connected",
  "count(CASE WHEN direction = 'inbound' AND outcome IS NOT 'notPlaced' THEN 1 END) AS inbound",
  "coalesce(sum(CASE WHEN outcome IS NOT 'notPlaced' AND ended_at >= answered_at THEN ended_at - answered_at END), 0) AS talkMs",
  "count(CASE WHEN outcome IS NOT 'notPlaced' AND ended_at >= answered_at THEN 1 END) AS talked",
  ...KNOWN_OUTCOMES.map((k) => `count(CASE WHEN outcome = '${k}' THEN 1 END) AS "o_${k}"`),
  `count(CASE WHEN outcome IS NULL OR outcome NOT IN (${KNOWN_OUTCOMES.map((k) => `'${k}'`).join(', ')}) THEN 1 END) AS o_none`,
].join(',\n    ');

/** The metrics of the calls started in [@from, @to), of campaign @campaign when `byCampaign`. */
export function metricsSql(byCampaign: boolean): string {
  return `SELECT ${METRICS_SQL}\n  FROM call_log\n  WHERE ${byCampaign ? 'campaign_id = @campaign AND ' : ''}started_at >= @from AND started_at < @to`;
}

/** The metrics of the calls started in [@from, @to), one row per campaign (campaignId null: outside any). */
export const METRICS_BY_CAMPAIGN_SQL = `SELECT campaign_id AS campaignId, ${METRICS_SQL}
  FROM call_log
  WHERE started_at >= @from AND started_at < @to
  GROUP BY campaign_id`;

/** A row of sums named like METRICS_SQL's columns (the summary's statements use the same names). */
export type FlatMetrics = Omit<Metrics, 'outcomes'> & Record<`o_${OutcomeKey}`, number>;

export function metricsOf(row: FlatMetrics): Metrics {
  return {
    calls: row.calls, outbound: row.outbound, connected: row.connected, inbound: row.inbound, talkMs: row.talkMs, talked: row.talked,
    outcomes: Object.fromEntries(OUTCOME_KEYS.map((k) => [k, row[`o_${k}`]])) as Metrics['outcomes'],
  };
}

// better-sqlite3 binds JS numbers as REAL; BigInt keeps the comparisons on started_at in integers
const msRange = (fromMs: number, toMs: number) => ({ from: BigInt(fromMs), to: BigInt(toMs) });

/** Runs a metricsSql statement over [fromMs, toMs). */
export const callLogMetrics = (statement: Statement, fromMs: number, toMs: number, campaign: string | null) =>
  metricsOf(statement.get({ ...msRange(fromMs, toMs), ...(campaign === null ? {} : { campaign }) }) as FlatMetrics);

/** The calls started in [fromMs, toMs), summed per campaign; campaigns without calls there are left out. */
export function callLogMetricsByCampaign(db: Database, fromMs: number, toMs: number): CampaignMetrics[] {
  const rows = db.prepare(METRICS_BY_CAMPAIGN_SQL).all(msRange(fromMs, toMs)) as (FlatMetrics & { campaignId: string | null })[];
  return rows.map((row) => ({ campaignId: row.campaignId, ...metricsOf(row) }));
}
