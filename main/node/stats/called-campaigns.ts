// The campaigns that have calls in the log, for the board's picker. A loose index scan over
// call_log_campaign: one index seek per campaign instead of reading every call.
import type { Database } from 'better-sqlite3';

export const CALLED_CAMPAIGNS_SQL = `
  WITH RECURSIVE c(id) AS (
    SELECT min(campaign_id) FROM call_log WHERE campaign_id IS NOT NULL
    UNION ALL
    SELECT (SELECT min(campaign_id) FROM call_log WHERE campaign_id > c.id) FROM c WHERE c.id IS NOT NULL
  )
  SELECT id FROM c WHERE id IS NOT NULL`;

export function calledCampaigns(db: Database): string[] {
  return db.prepare(CALLED_CAMPAIGNS_SQL).pluck().all() as string[];
}
