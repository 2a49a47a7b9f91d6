import type { Kysely } from 'kysely';
import type { NumberInfo, Pool } from '../../../common/binding/binding-api';
import type { Database, PoolTable } from '../../db/db-schema';

export async function poolStats(db: Kysely<Database>, pool: PoolTable): Promise<Pool> {
  const [numbers, live] = await Promise.all([
    db.selectFrom('numbers').select((eb) => [eb.fn.countAll<number>().as('size'), eb.fn.sum<number>('locked').as('locked')]).where('pool_id', '=', pool.id).executeTakeFirstOrThrow(),
    db.selectFrom('bindings').select((eb) => eb.fn.countAll<number>().as('n')).where('pool_id', '=', pool.id).where('status', '=', 'live').executeTakeFirstOrThrow(),
  ]);
  return {
    id: pool.id,
    name: pool.name,
    cooldownSeconds: pool.cooldown_seconds,
    size: Number(numbers.size),
    locked: Number(numbers.locked ?? 0),
    liveBindings: Number(live.n),
  };
}

export async function numberInfo(db: Kysely<Database>, e164: string): Promise<NumberInfo> {
  const n = await db.selectFrom('numbers').selectAll().where('e164', '=', e164).executeTakeFirstOrThrow();
  return {
    number: n.e164,
    poolId: n.pool_id,
    areaCode: n.area_code,
    city: n.city,
    locked: n.locked === 1,
    lockReason: n.lock_reason,
    calls: n.calls,
    complaints: n.complaints,
  };
}
