// The claims tables, typed here rather than in db/schema.ts so the module stays self-contained
// (migration 0003-lead-claims creates them).
import type { Kysely } from 'kysely';
import type { Claim } from '../../../common/claims/claims-api';
import type { Database } from '../../db/db-schema';

export interface LeadClaimTable {
  tenant_id: string;
  lead_key: string;
  agent_id: string;
  campaign_id: string;
  since: number;
  expires_at: number;
  released_at: number | null;
}

export interface LeadKeySaltTable {
  tenant_id: string;
  salt_enc: string;
  created_at: number;
}

export type ClaimsDb = Kysely<Database & { lead_claims: LeadClaimTable; lead_key_salts: LeadKeySaltTable }>;

export const claimsDb = (db: Kysely<Database>): ClaimsDb => db.withTables<{ lead_claims: LeadClaimTable; lead_key_salts: LeadKeySaltTable }>();

export const toClaim = (r: LeadClaimTable): Claim => ({
  leadKey: r.lead_key, agentId: r.agent_id, campaignId: r.campaign_id, since: r.since, expiresAt: r.expires_at, releasedAt: r.released_at,
});

export const toRow = (tenantId: string, c: Claim): LeadClaimTable => ({
  tenant_id: tenantId, lead_key: c.leadKey, agent_id: c.agentId, campaign_id: c.campaignId, since: c.since, expires_at: c.expiresAt, released_at: c.releasedAt,
});
