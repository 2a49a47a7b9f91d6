// Get-or-create a binding. The allocator proposes an X; the party_slots primary key decides. A
// concurrent bind that took the same (X, party) first makes our insert fail, and we simply pick again.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CreateBinding } from '../../../common/binding/binding-api';
import { isUniqueViolation } from '../../db/connect';
import type { BindingTable, Database } from '../../db/db-schema';
import { AppError } from '../../app-error';
import type { Vault } from '../../security/vault';
import { enqueueEvent } from '../events/outbox';
import { newBindingRow } from './new-row';
import { collision, pickX } from './pick-x';
import { releaseDue } from './release';

export interface CreateResult {
  row: BindingTable;
  created: boolean;
}

const MAX_ATTEMPTS = 10;

export async function createBinding(
  db: Kysely<Database>,
  vault: Vault,
  tenantId: string,
  req: CreateBinding,
  now: number,
  idempotencyKey?: string,
): Promise<CreateResult> {
  if (req.a === req.b) throw new AppError(400, 'INVALID_REQUEST', 'a and b must be different numbers');
  const pool = await db.selectFrom('pools').select(['id']).where('id', '=', req.poolId).where('tenant_id', '=', tenantId).executeTakeFirst();
  if (!pool) throw new AppError(404, 'POOL_NOT_FOUND', `pool ${req.poolId} not found`);
  const aHash = vault.blindIndex(tenantId, req.a);
  const bHash = vault.blindIndex(tenantId, req.b);
  const requestHash = createHash('sha256').update(JSON.stringify(req)).digest('hex');

  const replay = idempotencyKey ? await findIdempotent(db, tenantId, idempotencyKey, requestHash) : undefined;
  if (replay) return { row: replay, created: false };
  const existing = await findLivePair(db, tenantId, req, aHash, bHash, now);
  if (existing) return { row: existing, created: false };

  // Expired-but-not-yet-swept bindings of these parties must not block them.
  await releaseDue(db, now, 100, [aHash, bHash]);
  // reverse bindings are callback-only: only B dials X, so only B occupies a slot on it
  const slotParties = req.mode === 'axb' ? [aHash, bHash] : [bHash];

  // Lost a race: the same idempotency key or the same pair may have committed since we looked.
  const raceWinner = async () =>
    (idempotencyKey ? await findIdempotent(db, tenantId, idempotencyKey, requestHash) : undefined) ?? (await findLivePair(db, tenantId, req, aHash, bHash, now));

  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    let x: string;
    try {
      x = await pickX(db, tenantId, req, aHash, bHash, slotParties, now);
    } catch (err) {
      // A full pool can be the twin request's doing: it just took this pair's slot. Answer with its binding.
      const winner = err instanceof AppError && err.code === 'POOL_EXHAUSTED' ? await raceWinner() : undefined;
      if (winner) return { row: winner, created: false };
      throw err;
    }
    const row = newBindingRow(vault, tenantId, req, x, aHash, bHash, now);
    try {
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('bindings').values(row).execute();
        await trx.insertInto('party_slots').values(slotParties.map((party_hash) => ({ x, party_hash, binding_id: row.id }))).execute();
        if (idempotencyKey) {
          await trx.insertInto('idempotency').values({ tenant_id: tenantId, key: idempotencyKey, request_hash: requestHash, binding_id: row.id, created_at: now }).execute();
        }
        await enqueueEvent(trx, tenantId, 'binding.created', { bindingId: row.id, x, mode: row.mode }, now);
      });
      return { row, created: true };
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // either the same idempotency key or pair committed first, or another bind took the slot
      const winner = await raceWinner();
      if (winner) return { row: winner, created: false };
      if (req.x) throw collision(req.x);
    }
  }
  throw new AppError(503, 'BUSY', 'too much contention for these numbers, retry shortly', { retryable: true });
}


async function findIdempotent(db: Kysely<Database>, tenantId: string, key: string, requestHash: string) {
  const hit = await db.selectFrom('idempotency').selectAll().where('tenant_id', '=', tenantId).where('key', '=', key).executeTakeFirst();
  if (!hit) return undefined;
  if (hit.request_hash !== requestHash) {
    throw new AppError(409, 'IDEMPOTENCY_MISMATCH', 'this Idempotency-Key was used for a different request');
  }
  return db.selectFrom('bindings').selectAll().where('id', '=', hit.binding_id).executeTakeFirstOrThrow();
}

async function findLivePair(db: Kysely<Database>, tenantId: string, req: CreateBinding, aHash: string, bHash: string, now: number) {
  let q = db
    .selectFrom('bindings')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('a_hash', '=', aHash)
    .where('b_hash', '=', bHash)
    .where('pool_id', '=', req.poolId)
    .where('mode', '=', req.mode)
    .where('status', '=', 'live')
    .where('effective_expires_at', '>', now);
  if (req.x) q = q.where('x', '=', req.x);
  return q.executeTakeFirst();
}
