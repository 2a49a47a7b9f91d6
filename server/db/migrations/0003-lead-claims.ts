import type { Kysely } from 'kysely';

// Lead claims (server/modules/claims): one row per (tenant, lead key) is the lock itself: its primary
// key makes two claims of one lead one row, and the row is locked while a claim is decided. Released
// and expired rows stay as the lead's last holder, so a desk reconciling offline claims learns who
// called. Written once for both engines, like 0001.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('lead_claims')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('lead_key', 'text', (c) => c.notNull())
    .addColumn('agent_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('since', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('released_at', 'bigint')
    .addPrimaryKeyConstraint('lead_claims_pk', ['tenant_id', 'lead_key'])
    .execute();
  await db.schema.createIndex('lead_claims_agent').on('lead_claims').columns(['tenant_id', 'agent_id', 'expires_at']).execute();
  // the tenant's lead-key salt, sealed by the vault like API key secrets
  await db.schema.createTable('lead_key_salts')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey())
    .addColumn('salt_enc', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('lead_key_salts').execute();
  await db.schema.dropTable('lead_claims').execute();
}
