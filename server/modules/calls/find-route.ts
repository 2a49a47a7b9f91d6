// The query behind GET /v1/route, which the switch sends for every INVITE to an X. On SQLite it is
// one prepared statement instead of a Kysely query built and compiled per call (that building
// cost more than the indexed lookup itself).
import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Route } from '../../../common/binding/binding-api';
import type { BindingTable, Database } from '../../db/db-schema';
import { onConnection } from '../../db/sqlite-batch';
import type { Vault } from '../../security/vault';

export type RouteRow = Pick<BindingTable, 'id' | 'a_hash' | 'a_enc' | 'b_enc' | 'record'>;

/** The live binding on X in which the caller (by blind index) is a party, within this tenant. */
export type FindRoute = (tenantId: string, x: string, callerHash: string, now: number) => Promise<RouteRow | undefined>;

export function routeFinder(db: Kysely<Database>, sqlite?: SQLite.Database): FindRoute {
  if (!sqlite) return (tenantId, x, callerHash, now) => kyselyFindRoute(db, tenantId, x, callerHash, now);
  const stmt = sqlite.prepare<[string, string, string, number], RouteRow>(`
    SELECT b.id, b.a_hash, b.a_enc, b.b_enc, b.record
    FROM party_slots s JOIN bindings b ON b.id = s.binding_id
    WHERE s.x = ? AND s.party_hash = ? AND b.tenant_id = ? AND b.status = 'live' AND b.effective_expires_at > ?`);
  // Never inside a transaction another request has open across an await (it could still roll back).
  return (tenantId, x, callerHash, now) => onConnection(db, sqlite, () => stmt.get(x, callerHash, tenantId, now));
}

/** (caller, X) → whom to connect, or null when no live binding of this tenant matches. */
export async function lookupRoute(findRoute: FindRoute, vault: Vault, tenantId: string, caller: string, x: string, now: number): Promise<Route | null> {
  const callerHash = vault.blindIndex(tenantId, caller);
  const row = await findRoute(tenantId, x, callerHash, now);
  if (!row) return null;
  return { bindingId: row.id, callee: vault.decrypt(row.a_hash === callerHash ? row.b_enc : row.a_enc), display: x, record: row.record === 1 };
}

function kyselyFindRoute(db: Kysely<Database>, tenantId: string, x: string, callerHash: string, now: number) {
  return db
    .selectFrom('party_slots as s')
    .innerJoin('bindings as b', 'b.id', 's.binding_id')
    .select(['b.id', 'b.a_hash', 'b.a_enc', 'b.b_enc', 'b.record'])
    .where('s.x', '=', x)
    .where('s.party_hash', '=', callerHash)
    .where('b.tenant_id', '=', tenantId)
    .where('b.status', '=', 'live')
    .where('b.effective_expires_at', '>', now)
    .executeTakeFirst();
}
