import type { Kysely } from 'kysely';

// "Is this pair already bound?" runs on every bind. Without this index SQLite's planner answered it
// from bindings_due (status, effective_expires_at), i.e. by walking every live binding: 4 ms at
// 20,000 bindings, linear in the table. The new index also serves the sticky-X query (a pair has
// few rows to sort), so bindings_pair goes: one index fewer to write on every bind.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('bindings_live_pair').on('bindings').columns(['tenant_id', 'a_hash', 'b_hash', 'status', 'effective_expires_at']).execute();
  await db.schema.dropIndex('bindings_pair').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('bindings_pair').on('bindings').columns(['tenant_id', 'a_hash', 'b_hash', 'created_at']).execute();
  await db.schema.dropIndex('bindings_live_pair').execute();
}
