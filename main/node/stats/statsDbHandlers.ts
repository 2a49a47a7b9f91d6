import type { Database } from 'better-sqlite3';
import { addMetrics, buildBoard, emptyMetrics, StatsQuery, utcRange, type CampaignRef, type StatsBoard } from '../../../common/stats';
import { calledCampaigns } from './calledCampaigns';
import { campaignNames } from './campaignNames';
import { queryCampaigns, queryHours } from './statsSql';

/** The stats board, summed where the data is (SQL), rolled up by common/stats. */
export function statsBoard(db: Database, query: StatsQuery): StatsBoard {
  const range = utcRange(query);
  // one read transaction: every sum sees the same calls even while the dialer logs more
  return db.transaction(() => {
    const hours = queryHours(db, range, query.campaignId);
    const total = emptyMetrics();
    for (const hour of hours) addMetrics(total, hour);
    const campaigns = queryCampaigns(db, range, total, query.campaignId);
    const ids = campaigns.filter((c) => c.calls > 0 && c.campaignId !== null).map((c) => c.campaignId!);
    return buildBoard(hours, campaigns, query, campaignNames(db, ids));
  })();
}

export function statsCampaigns(db: Database): CampaignRef[] {
  const ids = calledCampaigns(db);
  const names = campaignNames(db, ids);
  return ids.map((id) => ({ id, name: names.get(id) ?? null }));
}

/** Stats-board queries served by the CRM's DB worker. */
export function statsDbHandlers(db: Database) {
  return {
    statsBoard: (p: unknown) => statsBoard(db, StatsQuery.parse(p)),
    statsCampaigns: () => statsCampaigns(db),
  };
}
