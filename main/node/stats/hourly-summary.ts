// The board's sums from the hourly summary (call_stats_hourly, CRM migration 8), which triggers keep
// exact with call_log. A local hour that is a whole UTC hour is one summary lookup; a partial one
// (a range edge off the hour, zones offset by a half or quarter hour) is summed from call_log rows, so
// the answer equals summing the rows themselves (direct-aggregation.ts) for any range and zone.
// Writers of call_log must not use INSERT OR REPLACE: the rows REPLACE removes fire no delete trigger.
import type { Database, Statement } from 'better-sqlite3';
import {
  addMetrics, hasActivity, HOUR_MS, localHourSpans, OUTCOME_KEYS,
  type CampaignMetrics, type HourMetrics, type HourSpan, type Metrics, type UtcRange,
} from '../../../common/stats';
import { callLogMetrics, callLogMetricsByCampaign, metricsOf, metricsSql, type FlatMetrics } from './stats-sql';

/** The summary's measure columns, summed under the names metricsOf reads. */
const SUMS_SQL = [
  'sum(calls) AS calls', 'sum(outbound) AS outbound', 'sum(connected) AS connected', 'sum(inbound) AS inbound',
  'sum(talk_ms) AS talkMs', 'sum(talked) AS talked',
  ...OUTCOME_KEYS.map((k) => `sum("o_${k}") AS "o_${k}"`),
].join(', ');

/** Sums per UTC hour in [@from, @to) (hours since 1970), of campaign @campaign when `byCampaign`. */
export function summaryHoursSql(byCampaign: boolean): string {
  return `SELECT hour, ${SUMS_SQL}
  FROM call_stats_hourly
  WHERE hour >= @from AND hour < @to${byCampaign ? ' AND in_campaign = 1 AND campaign_key = @campaign' : ''}
  GROUP BY hour`;
}

/** Sums per campaign over the UTC hours [@from, @to). */
export const SUMMARY_CAMPAIGNS_SQL = `SELECT in_campaign AS inCampaign, campaign_key AS campaignKey, ${SUMS_SQL}
  FROM call_stats_hourly
  WHERE hour >= @from AND hour < @to
  GROUP BY in_campaign, campaign_key`;

const isWholeHour = (span: HourSpan) => span.fromMs % HOUR_MS === 0 && span.toMs - span.fromMs === HOUR_MS;

function summaryByHour(db: Database, fromHour: number, toHour: number, campaignId: string | null): Map<number, Metrics> {
  const rows = db
    .prepare(summaryHoursSql(campaignId !== null))
    .all({ from: fromHour, to: toHour, ...(campaignId === null ? {} : { campaign: campaignId }) }) as (FlatMetrics & { hour: number })[];
  return new Map(rows.map((row) => [row.hour, metricsOf(row)]));
}

/** Metrics per local hour of the range; hours without calls are left out. */
export function summaryHourMetrics(db: Database, range: UtcRange, campaignId: string | null): HourMetrics[] {
  const summary = summaryByHour(db, Math.floor(range.fromMs / HOUR_MS), Math.ceil(range.toMs / HOUR_MS), campaignId);
  let partialHour: Statement | undefined;
  const hours: HourMetrics[] = [];
  for (const span of localHourSpans(range)) {
    const metrics = isWholeHour(span)
      ? summary.get(span.fromMs / HOUR_MS)
      : callLogMetrics((partialHour ??= db.prepare(metricsSql(campaignId !== null))), span.fromMs, span.toMs, campaignId);
    if (metrics !== undefined && hasActivity(metrics)) hours.push({ localHour: span.localHour, ...metrics });
  }
  return hours;
}

/**
 * Metrics per campaign with calls in the range (campaignId null: calls outside any campaign): the whole
 * UTC hours from the summary plus the partial hours at either edge from call_log. With one campaign
 * picked, it is the total.
 */
export function summaryCampaignMetrics(db: Database, range: UtcRange, total: Metrics, picked: string | null): CampaignMetrics[] {
  if (picked !== null) return [{ campaignId: picked, ...total }];
  const firstWhole = Math.ceil(range.fromMs / HOUR_MS);
  const endWhole = Math.floor(range.toMs / HOUR_MS);
  const campaigns = new Map<string | null, CampaignMetrics>();
  const add = (row: CampaignMetrics) => {
    const into = campaigns.get(row.campaignId);
    if (into) addMetrics(into, row);
    else campaigns.set(row.campaignId, row);
  };
  if (firstWhole >= endWhole) {
    // the range lies within one UTC hour (or across the boundary of two without covering either)
    callLogMetricsByCampaign(db, range.fromMs, range.toMs).forEach(add);
  } else {
    const rows = db.prepare(SUMMARY_CAMPAIGNS_SQL).all({ from: firstWhole, to: endWhole }) as (FlatMetrics & { inCampaign: number; campaignKey: string })[];
    for (const row of rows) add({ campaignId: row.inCampaign ? row.campaignKey : null, ...metricsOf(row) });
    if (range.fromMs < firstWhole * HOUR_MS) callLogMetricsByCampaign(db, range.fromMs, firstWhole * HOUR_MS).forEach(add);
    if (endWhole * HOUR_MS < range.toMs) callLogMetricsByCampaign(db, endWhole * HOUR_MS, range.toMs).forEach(add);
  }
  return [...campaigns.values()];
}
