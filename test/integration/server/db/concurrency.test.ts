// Thousands of simultaneous binds from several processes at two server instances sharing one
// PostgreSQL: no (X, party) collision, no lost or duplicated binding, and the pool stays minimal.
import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../../../server/db/connect';
import { migrateToLatest } from '../../../../server/db/migrate';
import { createTenantWithKey } from '../../../../server/security/keys';
import { createVault } from '../../../../server/security/vault';
import { postgresUnavailable, startPostgres, type TestPostgres } from '../../../support/postgres';
import { startServerProcess, type ServerProcess } from '../server-process';

const run = promisify(execFile);
const CUSTOMERS = 1500;
const AGENTS = 10;
const POOL = CUSTOMERS / AGENTS; // each customer has one agent: first-fit needs exactly max degree
const WORKERS = 3;
const skip = postgresUnavailable();
if (skip) console.warn(`[concurrency] skipped: ${skip}`);

describe.skipIf(skip !== null)('two instances, one PostgreSQL, concurrent binds', () => {
  let pg: TestPostgres;
  let servers: ServerProcess[] = [];
  let url: string;
  const masterKey = randomBytes(32);

  beforeAll(async () => {
    pg = startPostgres();
    url = await pg.createDatabase('concurrency');
    const { kysely: db } = connect(url);
    await migrateToLatest(db);
    await db.destroy();
    const env = { DATABASE_URL: url, BINDING_MASTER_KEY: masterKey.toString('base64'), RATE_LIMIT_PER_MINUTE: '1000000', LOG_LEVEL: 'info', DATA_DIR: join(tmpdir(), `dd-conc-${randomUUID()}`) };
    servers = await Promise.all([0, 1].map(() => startServerProcess(env)));
  }, 120_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    pg?.stop();
  });

  it('binds every customer exactly once with no collision', async () => {
    const { kysely: db } = connect(url);
    const vault = createVault(masterKey);
    const key = await createTenantWithKey(db, vault, 'load', Date.now());
    const poolId = randomUUID();
    await db.insertInto('pools').values({ id: poolId, tenant_id: key.tenantId, name: 'load', cooldown_seconds: 0, created_at: 0 }).execute();
    await db.insertInto('numbers').values(Array.from({ length: POOL }, (_, i) => ({
      e164: `+861062${String(i).padStart(6, '0')}`, tenant_id: key.tenantId, pool_id: poolId, area_code: '10', city: null, locked: 0, lock_reason: null, calls: 0, complaints: 0, created_at: i,
    }))).execute();

    // every customer is sent by two workers (to different instances) under one Idempotency-Key
    const all = Array.from({ length: CUSTOMERS }, (_, j) => j);
    const jobs = Array.from({ length: WORKERS }, (_, w) => ({
      urls: w % 2 ? [servers[0]!.url, servers[1]!.url] : [servers[1]!.url, servers[0]!.url],
      key, poolId, agents: AGENTS,
      customers: [...all.filter((j) => j % WORKERS === w), ...all.filter((j) => j % WORKERS === (w + 1) % WORKERS)],
    }));
    const outputs = await Promise.all(jobs.map((job) => run(process.execPath, ['--import', 'tsx', 'test/integration/server/bind-worker.ts', JSON.stringify(job)], { maxBuffer: 64 << 20 })));
    const results = outputs.flatMap((o) => JSON.parse(o.stdout) as { j: number; status: number; id: string }[]);

    expect(results).toHaveLength(2 * CUSTOMERS);
    expect(results.filter((r) => r.status !== 200 && r.status !== 201)).toEqual([]);
    const idOf = new Map<number, string>();
    for (const r of results) {
      expect(idOf.get(r.j) ?? r.id).toBe(r.id); // both senders got the same binding
      idOf.set(r.j, r.id);
    }
    const live = await db.selectFrom('bindings').select(['id', 'x', 'a_hash', 'b_hash']).where('tenant_id', '=', key.tenantId).where('status', '=', 'live').execute();
    expect(live).toHaveLength(CUSTOMERS);
    expect(new Set(live.map((b) => b.id))).toEqual(new Set(idOf.values()));
    // the collision rule, checked from the bindings themselves rather than from the slot table
    const seen = new Set<string>();
    for (const b of live) for (const party of [b.a_hash, b.b_hash]) {
      const slot = `${b.x}|${party}`;
      expect(seen.has(slot)).toBe(false);
      seen.add(slot);
    }
    expect(new Set(live.map((b) => b.x)).size).toBeLessThanOrEqual(POOL);
    await db.destroy();
  }, 240_000);
});
