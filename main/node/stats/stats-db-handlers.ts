import type { Database } from 'better-sqlite3';
import { StatsQuery, type CampaignRef, type StatsBoard } from '../../../common/stats';
import { assembleBoard } from './assemble-board';
import { calledCampaigns } from './called-campaigns';
import { campaignNames } from './campaign-names';
import { summaryCampaignMetrics, summaryHourMetrics } from './hourly-summary';
import { defineHandler, noParams } from '../store/define-handler';

/** The stats board: whole hours from the hourly summary, partial hours from call_log, rolled up by common/stats. */
export function statsBoard(db: Database, query: StatsQuery): StatsBoard {
  return assembleBoard(db, query, summaryHourMetrics, summaryCampaignMetrics);
}

export function statsCampaigns(db: Database): CampaignRef[] {
  const ids = calledCampaigns(db);
  const names = campaignNames(db, ids);
  return ids.map((id) => ({ id, name: names.get(id) ?? null }));
}

/** Stats-board queries served by the store's DB worker. */
export const statsDbHandlers = {
  statsBoard: defineHandler(StatsQuery, (db, query) => statsBoard(db, query)),
  statsCampaigns: defineHandler(noParams, (db) => statsCampaigns(db)),
};
