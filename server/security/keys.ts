// Tenants and their API keys. A key's secret is stored sealed by the vault and cached briefly in
// memory, because every request needs it.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/db-schema';
import type { Vault } from './vault';

export interface ApiKey {
  id: string;
  tenantId: string;
  secret: string;
}

export async function createTenantWithKey(db: Kysely<Database>, vault: Vault, name: string, now: number): Promise<ApiKey> {
  const tenantId = randomUUID();
  const key: ApiKey = { id: `k_${randomBytes(9).toString('base64url')}`, tenantId, secret: randomBytes(32).toString('base64url') };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('tenants').values({ id: tenantId, name, webhook_url: null, webhook_secret: null, created_at: now }).execute();
    await trx.insertInto('api_keys').values({ id: key.id, tenant_id: tenantId, secret_enc: vault.encrypt(key.secret), created_at: now }).execute();
  });
  return key;
}

export async function tenantIdByName(db: Kysely<Database>, name: string): Promise<string> {
  const row = await db.selectFrom('tenants').select('id').where('name', '=', name).executeTakeFirst();
  if (!row) throw new Error(`no tenant named "${name}" (SWITCH_TENANT)`);
  return row.id;
}

const CACHE_MS = 60_000;

export function keyStore(db: Kysely<Database>, vault: Vault) {
  const cache = new Map<string, { key: ApiKey | null; until: number }>();
  return async function findKey(id: string, now: number): Promise<ApiKey | null> {
    const hit = cache.get(id);
    if (hit && hit.until > now) return hit.key;
    const row = await db.selectFrom('api_keys').select(['id', 'tenant_id', 'secret_enc']).where('id', '=', id).executeTakeFirst();
    const key = row ? { id: row.id, tenantId: row.tenant_id, secret: vault.decrypt(row.secret_enc) } : null;
    if (cache.size > 10_000) cache.clear(); // unknown ids must not grow memory without bound
    cache.set(id, { key, until: now + CACHE_MS });
    return key;
  };
}
