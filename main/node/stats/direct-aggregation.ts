// The board summed from call_log rows on every query, as it was before the hourly summary: one index
// range search per local hour and per campaign. A year at 1M calls costs seconds here. Kept, under
// this name, as the baseline of `npm run bench:stats` and the oracle the summary is tested against;
// the app itself reads the summary (stats-db-handlers.ts).
import type { Database } from 'better-sqlite3';
import { hasActivity, localHourSpans, remainderMetrics, type CampaignMetrics, type HourMetrics, type Metrics, type StatsBoard, type StatsQuery, type UtcRange } from '../../../common/stats';
import { assembleBoard } from './assemble-board';
import { calledCampaigns } from './called-campaigns';
import { callLogMetrics, metricsSql } from './stats-sql';

/** Metrics per local hour of the range, summed from call_log; hours without calls are left out. */
export function directHourMetrics(db: Database, range: UtcRange, campaignId: string | null): HourMetrics[] {
  const statement = db.prepare(metricsSql(campaignId !== null));
  return localHourSpans(range)
    .map((span) => ({ localHour: span.localHour, ...callLogMetrics(statement, span.fromMs, span.toMs, campaignId) }))
    .filter(hasActivity);
}

/**
 * Metrics per campaign, summed from call_log: each campaign that has calls in the log on its own index
 * range; the calls outside any campaign are what is left of `total`. With one campaign picked, it is the total.
 */
export function directCampaignMetrics(db: Database, range: UtcRange, total: Metrics, picked: string | null): CampaignMetrics[] {
  if (picked !== null) return [{ campaignId: picked, ...total }];
  const statement = db.prepare(metricsSql(true));
  const campaigns = calledCampaigns(db).map((id) => ({ campaignId: id, ...callLogMetrics(statement, range.fromMs, range.toMs, id) }));
  return [...campaigns, { campaignId: null, ...remainderMetrics(total, campaigns) }];
}

/** The board without the summary table. */
export function directStatsBoard(db: Database, query: StatsQuery): StatsBoard {
  return assembleBoard(db, query, directHourMetrics, directCampaignMetrics);
}
