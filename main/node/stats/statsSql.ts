// The board's SQL: SQLite sums the metrics of the range's calls, one local hour at a time and one
// campaign at a time. Every statement is an index range search (call_log_started, or call_log_campaign
// for a campaign) with no GROUP BY: at 1M calls, sorting the range's rows for a GROUP BY cost about as
// much as the sums themselves. Only one row per hour and per campaign leaves the database.
import type { Database, Statement } from 'better-sqlite3';
import {
  localHourSpans, OUTCOME_KEYS, remainderMetrics,
  type CampaignMetrics, type HourMetrics, type Metrics, type OutcomeKey, type UtcRange,
} from '../../../common/stats';
import { calledCampaigns } from './calledCampaigns';

const KNOWN_OUTCOMES = OUTCOME_KEYS.filter((k) => k !== 'none');

/** Mirrors common/stats callMetrics.ts addCall, column for column. */
const METRICS_SQL = [
  'count(*) AS calls',
  "count(CASE WHEN direction = 'outbound' THEN 1 END) AS outbound",
  "count(CASE WHEN direction = 'outbound' AND outcome = 'answered' THEN 1 END) AS connected",
  "count(CASE WHEN direction = 'inbound' THEN 1 END) AS inbound",
  'coalesce(sum(CASE WHEN ended_at >= answered_at THEN ended_at - answered_at END), 0) AS talkMs',
  'count(CASE WHEN ended_at >= answered_at THEN 1 END) AS talked',
  ...KNOWN_OUTCOMES.map((k) => `count(CASE WHEN outcome = '${k}' THEN 1 END) AS "o_${k}"`),
  `count(CASE WHEN outcome IS NULL OR outcome NOT IN (${KNOWN_OUTCOMES.map((k) => `'${k}'`).join(', ')}) THEN 1 END) AS o_none`,
].join(',\n    ');

/** The metrics of the calls started in [@from, @to), of campaign @campaign when `byCampaign`. */
export function metricsSql(byCampaign: boolean): string {
  return `SELECT ${METRICS_SQL}\n  FROM call_log\n  WHERE ${byCampaign ? 'campaign_id = @campaign AND ' : ''}started_at >= @from AND started_at < @to`;
}

type Flat = Omit<Metrics, 'outcomes'> & Record<`o_${OutcomeKey}`, number>;

function metricsOf(row: Flat): Metrics {
  return {
    calls: row.calls, outbound: row.outbound, connected: row.connected, inbound: row.inbound, talkMs: row.talkMs, talked: row.talked,
    outcomes: Object.fromEntries(OUTCOME_KEYS.map((k) => [k, row[`o_${k}`]])) as Metrics['outcomes'],
  };
}

// better-sqlite3 binds JS numbers as REAL; BigInt keeps the comparisons on started_at in integers
const sum = (statement: Statement, fromMs: number, toMs: number, campaign: string | null) =>
  metricsOf(statement.get({ from: BigInt(fromMs), to: BigInt(toMs), ...(campaign === null ? {} : { campaign }) }) as Flat);

/** Metrics per local hour of the range; hours without calls are left out. */
export function queryHours(db: Database, range: UtcRange, campaignId: string | null): HourMetrics[] {
  const statement = db.prepare(metricsSql(campaignId !== null));
  return localHourSpans(range)
    .map((span) => ({ localHour: span.localHour, ...sum(statement, span.fromMs, span.toMs, campaignId) }))
    .filter((h) => h.calls > 0);
}

/**
 * Metrics per campaign: each campaign that has calls in the log is summed on its own index range; the
 * calls outside any campaign are what is left of `total`. With one campaign picked, it is the total.
 */
export function queryCampaigns(db: Database, range: UtcRange, total: Metrics, picked: string | null): CampaignMetrics[] {
  if (picked !== null) return [{ campaignId: picked, ...total }];
  const statement = db.prepare(metricsSql(true));
  const campaigns = calledCampaigns(db).map((id) => ({ campaignId: id, ...sum(statement, range.fromMs, range.toMs, id) }));
  return [...campaigns, { campaignId: null, ...remainderMetrics(total, campaigns) }];
}
