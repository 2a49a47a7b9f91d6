// Extend, change B, toggle recording. Changing B moves B's (X, party) slot, so the collision rule is
// re-checked by the same primary key that guards creation.
import type { Kysely } from 'kysely';
import type { UpdateBinding } from '../../../common/binding/binding-api';
import { effectiveExpiry } from '../../../common/binding/expiry';
import type { Dialect } from '../../db/connect';
import { isUniqueViolation } from '../../db/connect';
import type { BindingTable, Database } from '../../db/db-schema';
import { AppError, notFound } from '../../app-error';
import type { Vault } from '../../security/vault';
import { enqueueEvent } from '../events/outbox';

/** Loads a live binding of this tenant, row-locked on PostgreSQL so concurrent updates serialise. */
export async function lockLiveBinding(trx: Kysely<Database>, dialect: Dialect, tenantId: string, id: string, now: number): Promise<BindingTable> {
  const row = await trx
    .selectFrom('bindings')
    .selectAll()
    .where('id', '=', id)
    .where('tenant_id', '=', tenantId)
    .$if(dialect === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();
  if (!row || row.status !== 'live' || row.effective_expires_at <= now) throw notFound(`live binding ${id}`);
  return row;
}

export async function updateBinding(
  db: Kysely<Database>,
  dialect: Dialect,
  vault: Vault,
  tenantId: string,
  id: string,
  u: UpdateBinding,
  now: number,
): Promise<BindingTable> {
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await lockLiveBinding(trx, dialect, tenantId, id, now);
      const next: BindingTable = { ...row };
      if (u.expiresInSeconds !== undefined) next.expires_at = now + u.expiresInSeconds * 1000;
      if (u.releaseAfterCallSeconds !== undefined) next.release_after_call_s = u.releaseAfterCallSeconds;
      if (u.record !== undefined) next.record = u.record ? 1 : 0;
      if (u.b !== undefined) {
        const bHash = vault.blindIndex(tenantId, u.b);
        if (bHash === row.a_hash) throw new AppError(400, 'INVALID_REQUEST', 'a and b must be different numbers');
        if (bHash !== row.b_hash) {
          await trx.deleteFrom('party_slots').where('x', '=', row.x).where('party_hash', '=', row.b_hash).execute();
          await trx.insertInto('party_slots').values({ x: row.x, party_hash: bHash, binding_id: row.id }).execute();
          next.b_hash = bHash;
          next.b_enc = vault.encrypt(u.b);
        }
      }
      next.effective_expires_at = effectiveExpiry({
        expiresAt: next.expires_at,
        releaseAfterCallSeconds: next.release_after_call_s,
        activeCalls: next.active_calls,
        lastCallEndedAt: next.last_call_ended_at,
      });
      const { id: _id, ...changes } = next;
      await trx.updateTable('bindings').set(changes).where('id', '=', id).execute();
      await enqueueEvent(trx, tenantId, 'binding.updated', { bindingId: id, x: row.x }, now);
      return next;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError(409, 'X_COLLISION', 'the new b already has a live binding on this X');
    throw err;
  }
}
