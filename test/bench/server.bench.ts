// `npx tsx test/bench/server.bench.ts` — autocannon against a bare Fastify hello route (the
// baseline, same process and machine) and against signed lookup and bind on a SQLite database
// holding BENCH_BINDINGS (default 1,000,000) live bindings. Ends with one JSON line. The server
// runs as in production on SQLite: prepared hot paths and group-committed nonces/audit rows.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import SQLite from 'better-sqlite3';
import { signedHeaders } from '../../common/binding/signing';
import { buildApp } from '../../server/app';
import { systemClock } from '../../server/clock';
import { connect } from '../../server/db/connect';
import { migrateToLatest } from '../../server/db/migrate';
import { createTenantWithKey } from '../../server/security/keys';
import { nodeCrypto } from '../../server/security/node-crypto';
import { createVault } from '../../server/security/vault';

interface Req { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string }
const LIVE = Number(process.env.BENCH_BINDINGS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const POOL = 500;
const party = (i: number) => `+86138${String(i).padStart(8, '0')}`;
const xOf = (i: number) => `+861062${String(i % POOL).padStart(6, '0')}`;

async function cannon(url: string, requests: Req[]) {
  let i = 0;
  const result = await autocannon({
    url, connections: 10, duration: SECONDS,
    requests: requests.length ? [{ setupRequest: (r) => ({ ...r, ...requests[i++ % requests.length] }) }] : undefined,
  });
  if (result.non2xx > 0) throw new Error(`${result.non2xx} non-2xx responses from ${url} (more requests than the ${requests.length} pre-signed ones replay nonces)`);
  return result;
}

const dir = mkdtempSync(join(tmpdir(), 'dd-bench-'));
const file = join(dir, 'binding.db');
try {
  const hello = Fastify();
  hello.get('/', async () => ({ hello: 'world' }));
  const helloRps = (await cannon(await hello.listen({ host: '127.0.0.1', port: 0 }), [])).requests.average;
  await hello.close();

  const vault = createVault(randomBytes(32));
  const { kysely: db, dialect, sqlite } = connect(file);
  await migrateToLatest(db);
  const key = await createTenantWithKey(db, vault, 'bench', Date.now());
  const poolId = randomUUID();
  await db.insertInto('pools').values({ id: poolId, tenant_id: key.tenantId, name: 'bench', cooldown_seconds: 0, created_at: 0 }).execute();
  await db.insertInto('numbers').values(Array.from({ length: POOL }, (_, i) => ({ e164: xOf(i), tenant_id: key.tenantId, pool_id: poolId, area_code: '10', city: null, locked: 0, lock_reason: null, calls: 0, complaints: 0, created_at: i }))).execute();
  // bulk load straight through better-sqlite3: 1M binds over HTTP would take longer than the bench
  const raw = new SQLite(file);
  const insB = raw.prepare(`INSERT INTO bindings VALUES (?,?,?,?,'axb',?,?,?,?,0,'live',?,?,NULL,0,NULL,?,NULL,NULL)`);
  const insS = raw.prepare('INSERT INTO party_slots VALUES (?,?,?)');
  const far = Date.now() + 86_400_000;
  raw.transaction(() => {
    for (let i = 0; i < LIVE; i++) {
      const id = `b${i}`, a = party(i), b = party(LIVE + i), ah = vault.blindIndex(key.tenantId, a), bh = vault.blindIndex(key.tenantId, b);
      insB.run(id, key.tenantId, poolId, xOf(i), ah, bh, vault.encrypt(a), vault.encrypt(b), 0, far, far);
      insS.run(xOf(i), ah, id);
      insS.run(xOf(i), bh, id);
    }
  })();
  raw.close();

  const app = await buildApp({ db, dialect, sqlite, vault, clock: systemClock }, { rateLimitPerMinute: 100_000_000 });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const sign = async (method: 'GET' | 'POST', path: string, body = ''): Promise<Req> => ({
    method, path, body: body || undefined,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(await signedHeaders({ method, path, timestamp: Date.now(), nonce: randomUUID(), body }, key, nodeCrypto)) },
  });
  const N = 60_000; // more than a run can send: every request has a fresh nonce
  const lookups = [];
  for (let n = 0; n < N; n++) {
    const i = Math.floor(Math.random() * LIVE);
    lookups.push(await sign('GET', `/v1/route?caller=${encodeURIComponent(party(i))}&x=${encodeURIComponent(xOf(i))}`));
  }
  const binds = [];
  for (let n = 0; n < N; n++) {
    binds.push(await sign('POST', '/v1/bindings', JSON.stringify({ poolId, a: party(3 * LIVE + n), b: party(4 * LIVE + n), expiresInSeconds: 3600 })));
  }
  const lookup = await cannon(url, lookups);
  const bind = await cannon(url, binds);
  await app.close();
  await db.destroy();
  const out = {
    helloRps: Math.round(helloRps),
    lookupRps: Math.round(lookup.requests.average),
    bindRps: Math.round(bind.requests.average),
    lookupP99Ms: lookup.latency.p99,
    lookupRatio: +(lookup.requests.average / helloRps).toFixed(3),
    bindRatio: +(bind.requests.average / helloRps).toFixed(3),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
