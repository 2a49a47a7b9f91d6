// One board from per-hour and per-campaign sums, whichever way they were summed (the hourly summary,
// or call_log directly for the baseline), so both paths roll up identically.
import type { Database } from 'better-sqlite3';
import { addMetrics, buildBoard, emptyMetrics, hasActivity, utcRange, type CampaignMetrics, type HourMetrics, type Metrics, type StatsBoard, type StatsQuery, type UtcRange } from '../../../common/stats';
import { campaignNames } from './campaign-names';

export type HourSums = (db: Database, range: UtcRange, campaignId: string | null) => HourMetrics[];
export type CampaignSums = (db: Database, range: UtcRange, total: Metrics, picked: string | null) => CampaignMetrics[];

export function assembleBoard(db: Database, query: StatsQuery, hourSums: HourSums, campaignSums: CampaignSums): StatsBoard {
  const range = utcRange(query);
  // one read transaction: every sum sees the same calls even while the dialer logs more
  return db.transaction(() => {
    const hours = hourSums(db, range, query.campaignId);
    const total = emptyMetrics();
    for (const hour of hours) addMetrics(total, hour);
    const campaigns = campaignSums(db, range, total, query.campaignId);
    const ids = campaigns.filter((c) => hasActivity(c) && c.campaignId !== null).map((c) => c.campaignId!);
    return buildBoard(hours, campaigns, query, campaignNames(db, ids));
  })();
}
