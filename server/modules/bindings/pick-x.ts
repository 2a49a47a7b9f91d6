// Chooses X for a new binding. The database narrows the pool to the few numbers the allocator can
// pick (sticky, first free in B's area, first free overall) instead of loading the whole pool on
// every bind; allocateX then applies its usual preference order to them.
import type { Kysely } from 'kysely';
import type { CreateBinding } from '../../../common/binding/binding-api';
import { allocateX, type CandidateX } from '../../../common/binding/allocator';
import type { Database } from '../../db/db-schema';
import { AppError } from '../../app-error';

export const collision = (x: string) => new AppError(409, 'X_COLLISION', `${x} already carries a live binding of one of these numbers`, { x });

export async function pickX(
  db: Kysely<Database>,
  tenantId: string,
  req: CreateBinding,
  aHash: string,
  bHash: string,
  slotParties: string[],
  now: number,
): Promise<string> {
  const [occupied, cooling, last] = await Promise.all([
    db.selectFrom('party_slots').select('x').where('party_hash', 'in', slotParties).execute(),
    db.selectFrom('cooldowns').select(['x', 'party_hash', 'partner_hash']).where('party_hash', 'in', slotParties).where('until', '>', now).execute(),
    db.selectFrom('bindings').select('x').where('tenant_id', '=', tenantId).where('a_hash', '=', aHash).where('b_hash', '=', bHash)
      .where('pool_id', '=', req.poolId).orderBy('created_at', 'desc').limit(1).executeTakeFirst(),
  ]);
  const blocked = new Set(occupied.map((o) => o.x));
  // a cool-down only keeps the X from a *new* partner; the same pair may have it back
  for (const c of cooling) if (c.partner_hash !== (c.party_hash === aHash ? bHash : aHash)) blocked.add(c.x);

  const unlocked = () => db.selectFrom('numbers').select(['e164 as x', 'area_code as areaCode']).where('pool_id', '=', req.poolId).where('locked', '=', 0);
  const firstFree = (area?: string) => unlocked()
    .$if(area !== undefined, (q) => q.where('area_code', '=', area!))
    .$if(blocked.size > 0, (q) => q.where('e164', 'not in', [...blocked]))
    .orderBy('created_at').orderBy('e164').limit(1).executeTakeFirst();

  if (req.x) {
    if (!(await unlocked().where('e164', '=', req.x).executeTakeFirst())) {
      throw new AppError(409, 'X_UNAVAILABLE', `${req.x} is not an unlocked number of pool ${req.poolId}`, { x: req.x });
    }
    if (blocked.has(req.x)) throw collision(req.x);
    return req.x;
  }
  const sticky = last && !blocked.has(last.x) ? await unlocked().where('e164', '=', last.x).executeTakeFirst() : undefined;
  const [local, any] = await Promise.all([req.areaCode ? firstFree(req.areaCode) : undefined, firstFree()]);
  const candidates = [sticky, local, any].filter((c): c is CandidateX => c !== undefined);
  const pick = allocateX({ candidates, blocked, sticky: last?.x ?? null, preferredArea: req.areaCode ?? null });
  if (pick.ok) return pick.x;
  throw await exhausted(db, req.poolId, blocked);
}

async function exhausted(db: Kysely<Database>, poolId: string, blocked: Set<string>): Promise<AppError> {
  const numbers = await db.selectFrom('numbers').select('e164').where('pool_id', '=', poolId).where('locked', '=', 0).execute();
  const poolSize = numbers.length;
  const blockedHere = numbers.filter((n) => blocked.has(n.e164)).length;
  return new AppError(409, 'POOL_EXHAUSTED', `pool ${poolId} has no X free for both numbers`, {
    poolId,
    unlockedNumbers: poolSize,
    blockedForThisPair: blockedHere,
    headroom: poolSize - blockedHere,
    hint: 'add numbers to the pool, unlock numbers, or end old bindings of these parties',
  });
}
