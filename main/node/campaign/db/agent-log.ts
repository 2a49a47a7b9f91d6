import type { Database } from 'better-sqlite3';

/** Append-only log of agent states (ready, not ready with reason, on call …) for time-in-state reports. */
export function logAgentState(db: Database, entry: { agentId: string; campaignId: string | null; state: string; reason: string | null; now: number }): number {
  return Number(
    db
      .prepare('INSERT INTO agent_state_log(agent_id, campaign_id, state, reason, at) VALUES (?, ?, ?, ?, ?)')
      .run(entry.agentId, entry.campaignId, entry.state, entry.reason, entry.now).lastInsertRowid,
  );
}
