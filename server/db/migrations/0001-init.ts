import type { Kysely } from 'kysely';

// Written once for both engines: `bigint` is an integer in SQLite and int8 in PostgreSQL (parsed to
// a JS number by connect.ts), which holds epoch milliseconds.
export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  await s.createTable('tenants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('webhook_url', 'text')
    .addColumn('webhook_secret', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await s.createTable('api_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('secret_enc', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await s.createTable('nonces')
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('seen_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('nonces_pk', ['key_id', 'nonce'])
    .execute();
  await s.createIndex('nonces_seen').on('nonces').column('seen_at').execute();
  await s.createTable('pools')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('cooldown_seconds', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('pools_tenant_name', ['tenant_id', 'name'])
    .execute();
  await s.createTable('numbers')
    // an X belongs to exactly one pool of one tenant
    .addColumn('e164', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('pool_id', 'text', (c) => c.notNull().references('pools.id'))
    .addColumn('area_code', 'text')
    .addColumn('city', 'text')
    .addColumn('locked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lock_reason', 'text')
    .addColumn('calls', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('complaints', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await s.createIndex('numbers_pool').on('numbers').columns(['pool_id', 'created_at', 'e164']).execute();
  await s.createTable('bindings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('pool_id', 'text', (c) => c.notNull())
    .addColumn('x', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('a_hash', 'text', (c) => c.notNull())
    .addColumn('b_hash', 'text', (c) => c.notNull())
    .addColumn('a_enc', 'text', (c) => c.notNull())
    .addColumn('b_enc', 'text', (c) => c.notNull())
    .addColumn('record', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('release_after_call_s', 'integer')
    .addColumn('active_calls', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_call_ended_at', 'bigint')
    .addColumn('effective_expires_at', 'bigint', (c) => c.notNull())
    .addColumn('ended_at', 'bigint')
    .addColumn('end_reason', 'text')
    .execute();
  await s.createIndex('bindings_pair').on('bindings').columns(['tenant_id', 'a_hash', 'b_hash', 'created_at']).execute();
  await s.createIndex('bindings_due').on('bindings').columns(['status', 'effective_expires_at']).execute();
  await s.createTable('party_slots')
    .addColumn('x', 'text', (c) => c.notNull())
    .addColumn('party_hash', 'text', (c) => c.notNull())
    .addColumn('binding_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('party_slots_pk', ['x', 'party_hash'])
    .execute();
  await s.createIndex('party_slots_party').on('party_slots').columns(['party_hash', 'x']).execute();
  await s.createIndex('party_slots_binding').on('party_slots').column('binding_id').execute();
  await s.createTable('cooldowns')
    .addColumn('x', 'text', (c) => c.notNull())
    .addColumn('party_hash', 'text', (c) => c.notNull())
    .addColumn('partner_hash', 'text', (c) => c.notNull())
    .addColumn('until', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('cooldowns_pk', ['x', 'party_hash'])
    .execute();
  await s.createIndex('cooldowns_party').on('cooldowns').columns(['party_hash', 'until']).execute();
  await s.createTable('idempotency')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('binding_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_pk', ['tenant_id', 'key'])
    .execute();
  await s.createTable('cdrs')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('binding_id', 'text', (c) => c.notNull())
    .addColumn('x', 'text', (c) => c.notNull())
    .addColumn('started_at', 'bigint', (c) => c.notNull())
    .addColumn('ringing_at', 'bigint')
    .addColumn('answered_at', 'bigint')
    .addColumn('ended_at', 'bigint')
    .addColumn('talk_seconds', 'integer')
    .addPrimaryKeyConstraint('cdrs_pk', ['tenant_id', 'call_id'])
    .execute();
  await s.createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
    .addColumn('delivered_at', 'bigint')
    .addColumn('last_error', 'text')
    .execute();
  await s.createIndex('outbox_due').on('outbox').columns(['delivered_at', 'next_attempt_at']).execute();
  await s.createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();
  await s.createIndex('audit_tenant_at').on('audit_log').columns(['tenant_id', 'at']).execute();
}
