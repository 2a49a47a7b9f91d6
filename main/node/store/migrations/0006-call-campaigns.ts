// Migration 6: calls know their campaign, so the stats board can group by it; outcomes cover invalid numbers,
// unreachable phones and calls the agent cancelled
export const sql = `
  ALTER TABLE call_log ADD COLUMN campaign_id TEXT; -- common/campaign CampaignId
  CREATE INDEX call_log_started ON call_log(started_at);
  CREATE INDEX call_log_campaign ON call_log(campaign_id, started_at) WHERE campaign_id IS NOT NULL;
  `;
