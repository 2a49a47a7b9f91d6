// Ending a binding frees its (X, party) slots and starts the cool-down that keeps a just-used X
// away from each party's *next* partner, so a saved X does not suddenly reach a stranger.
import type { Kysely } from 'kysely';
import type { BindingTable, Database } from '../../db/db-schema';
import { enqueueEvent } from '../events/outbox';

export type EndReason = 'unbound' | 'expired';

export async function releaseBinding(
  trx: Kysely<Database>,
  b: Pick<BindingTable, 'id' | 'tenant_id' | 'pool_id' | 'x' | 'a_hash' | 'b_hash'>,
  reason: EndReason,
  now: number,
): Promise<boolean> {
  const ended = await trx
    .updateTable('bindings')
    .set({ status: 'ended', ended_at: now, end_reason: reason })
    .where('id', '=', b.id)
    .where('status', '=', 'live')
    .executeTakeFirst();
  if (ended.numUpdatedRows === 0n) return false; // someone else released it first
  // by primary key: a binding's slots are (its X, each of its parties)
  const slots = await trx.deleteFrom('party_slots').where('x', '=', b.x).where('party_hash', 'in', [b.a_hash, b.b_hash]).where('binding_id', '=', b.id)
    .returning('party_hash').execute();
  const pool = await trx.selectFrom('pools').select('cooldown_seconds').where('id', '=', b.pool_id).executeTakeFirst();
  const until = now + (pool?.cooldown_seconds ?? 0) * 1000;
  for (const { party_hash } of slots) {
    const partner_hash = party_hash === b.a_hash ? b.b_hash : b.a_hash;
    await trx
      .insertInto('cooldowns')
      .values({ x: b.x, party_hash, partner_hash, until })
      .onConflict((oc) => oc.columns(['x', 'party_hash']).doUpdateSet((eb) => ({ partner_hash: eb.ref('excluded.partner_hash'), until: eb.ref('excluded.until') })))
      .execute();
  }
  await enqueueEvent(trx, b.tenant_id, 'binding.ended', { bindingId: b.id, x: b.x, reason }, now);
  return true;
}

/** Releases every live binding whose stored deadline has passed; safe to run on all instances. */
export async function releaseDue(db: Kysely<Database>, now: number, limit = 500, partyHashes?: string[]): Promise<number> {
  let q = db
    .selectFrom('bindings')
    .select(['id', 'tenant_id', 'pool_id', 'x', 'a_hash', 'b_hash'])
    .where('status', '=', 'live')
    .where('effective_expires_at', '<=', now);
  if (partyHashes) {
    q = q.where((eb) => eb('id', 'in', eb.selectFrom('party_slots').select('binding_id').where('party_hash', 'in', partyHashes)));
  }
  const due = await q.limit(limit).execute();
  let released = 0;
  for (const b of due) {
    if (await db.transaction().execute((trx) => releaseBinding(trx, b, 'expired', now))) released++;
  }
  return released;
}
