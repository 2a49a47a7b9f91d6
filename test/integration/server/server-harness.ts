// Builds the real binding server (real SQLite file or real PostgreSQL) with a movable clock, and
// sends requests signed exactly as the desktop client will (common/binding/signing.ts).
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { signedHeaders, webCryptoPrimitives } from '../../../common/binding/signing';
import { buildApp, type App, type AppOptions } from '../../../server/build-app';
import { connect, type Dialect } from '../../../server/db/connect';
import { migrateToLatest } from '../../../server/db/migrate';
import type { Database } from '../../../server/db/db-schema';
import { createTenantWithKey, type ApiKey } from '../../../server/security/keys';
import { createVault, type Vault } from '../../../server/security/vault';
import { postgresUnavailable, startPostgres, type TestPostgres } from '../../support/postgres';

export const dialects: Dialect[] = ['sqlite', 'postgres'];
export const pgSkipReason = postgresUnavailable();
if (pgSkipReason) console.warn(`[binding-server tests] PostgreSQL suites skipped: ${pgSkipReason}`);
export const skipDialect = (d: Dialect) => d === 'postgres' && pgSkipReason !== null;

const crypto = webCryptoPrimitives();
export const T0 = Date.UTC(2030, 0, 1);

export interface Harness {
  app: App;
  db: Kysely<Database>;
  vault: Vault;
  key: ApiKey;
  dbUrl: string;
  masterKey: Buffer;
  now(): number;
  advance(ms: number): void;
  newTenant(): Promise<ApiKey>;
  request(method: string, url: string, body?: unknown, opts?: { key?: ApiKey; headers?: Record<string, string> }): Promise<{ status: number; json: Record<string, unknown> }>;
  /** a second app on the same database, as after a restart or behind a load balancer */
  reopen(): Promise<void>;
  close(): Promise<void>;
}

let pg: TestPostgres | undefined;

export async function openHarness(dialect: Dialect, appOpts: AppOptions = {}): Promise<Harness> {
  let dbUrl: string;
  let tmp: string | undefined;
  if (dialect === 'postgres') {
    pg ??= startPostgres();
    dbUrl = await pg.createDatabase(`t_${randomUUID().slice(0, 8)}`);
  } else {
    tmp = mkdtempSync(join(tmpdir(), 'dd-sqlite-'));
    dbUrl = join(tmp, 'binding.db');
  }
  let clock = T0;
  const masterKey = randomBytes(32);
  const vault = createVault(masterKey);
  let conn = connect(dbUrl);
  await migrateToLatest(conn.kysely);
  let app = await buildApp({ db: conn.kysely, dialect, sqlite: conn.sqlite, vault, clock: () => clock }, appOpts);
  const key = await createTenantWithKey(conn.kysely, vault, `tenant-${randomUUID()}`, clock);

  const h: Harness = {
    get app() { return app; },
    get db() { return conn.kysely; },
    vault,
    key,
    dbUrl,
    masterKey,
    now: () => clock,
    advance: (ms) => { clock += ms; },
    newTenant: () => createTenantWithKey(conn.kysely, vault, `tenant-${randomUUID()}`, clock),
    async request(method, url, body, opts = {}) {
      const payload = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
      const auth = await signedHeaders({ method, path: url, timestamp: clock, nonce: randomUUID(), body: payload }, opts.key ?? key, crypto);
      const res = await app.inject({
        method: method as 'GET',
        url,
        payload: payload === '' ? undefined : payload,
        headers: { ...(payload === '' ? {} : { 'content-type': 'application/json' }), ...auth, ...opts.headers },
      });
      return { status: res.statusCode, json: res.body ? JSON.parse(res.body) : undefined };
    },
    async reopen() {
      await app.close();
      await conn.kysely.destroy();
      conn = connect(dbUrl);
      app = await buildApp({ db: conn.kysely, dialect, sqlite: conn.sqlite, vault, clock: () => clock }, appOpts);
    },
    async close() {
      await app.close();
      await conn.kysely.destroy();
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    },
  };
  return h;
}

/** Stops this test file's PostgreSQL (each vitest file runs in its own process). */
export function stopPostgres(): void {
  pg?.stop();
  pg = undefined;
}

/** A pool with `numbers` X numbers (Beijing 010 landlines by default) ready for binding. */
export async function makePool(h: Harness, numbers: string[], opts: { cooldownSeconds?: number; key?: ApiKey; areaCodes?: string[] } = {}): Promise<string> {
  const pool = await h.request('POST', '/v1/pools', { name: `p${randomUUID().slice(0, 8)}`, cooldownSeconds: opts.cooldownSeconds ?? 0 }, { key: opts.key });
  if (pool.status !== 201) throw new Error(`pool: ${JSON.stringify(pool.json)}`);
  const added = await h.request('POST', `/v1/pools/${pool.json.id}/numbers`, {
    numbers: numbers.map((number, i) => ({ number, ...(opts.areaCodes?.[i] ? { areaCode: opts.areaCodes[i] } : {}) })),
  }, { key: opts.key });
  if (added.status !== 201) throw new Error(`numbers: ${JSON.stringify(added.json)}`);
  return pool.json.id as string;
}

/** Valid China numbers: X numbers are Beijing landlines, parties are mobiles. */
export const xNumber = (i: number) => `+861062${String(i).padStart(6, '0')}`;
export const mobile = (i: number) => `+86138${String(i).padStart(8, '0')}`;
