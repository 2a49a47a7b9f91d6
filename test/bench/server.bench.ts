// `npx tsx test/bench/server.bench.ts` — autocannon against a bare Fastify hello route (the
// baseline) and against signed lookup and bind on a SQLite database holding BENCH_BINDINGS
// (default 1,000,000) live bindings. Ends with one JSON line.
//
// Placement: every server under test (hello and the binding server) runs alone in a child process
// pinned to CPU 1; autocannon runs in this process pinned to CPU 0, so the client never takes the
// server's core and the hello baseline is placed exactly like the binding server.
//
// The floor: the same signed lookups against a bare Fastify route that does only the work any
// signed, encrypted lookup must do (HMAC check, blind index, one indexed read, AES-GCM decrypt);
// printed with its ratio to hello, the best a lookup of this design can reach on this machine.
//
// Where the time goes (server CPU per request as printed below, split user/kernel; node --cpu-prof
// of a server via BENCH_PROFILE=dir; `perf` works here too):
// - hello ≈ 13 µs: HTTP parse, routing, reply, a third of it in the kernel (the socket write).
// - signed only ≈ 21-29 µs: a signed request's four extra headers and query string, the HMAC check
//   (~2-4 µs) and a small JSON reply. Every signed endpoint pays this before doing anything.
// - the floor ≈ 66-89 µs, as much at 10k bindings as at 1M (ratio ~0.17-0.2). Built up step by step in
//   bare routes (10k bindings): the blind index adds ~4 µs, the indexed read ~26 µs (3-10 µs in a
//   loop), the AES-GCM decrypt ~12 µs (5 µs in a loop). Between socket syscalls the code and data of
//   SQLite, OpenSSL and V8 are cold again, and the reply's write wakes the idle client core (an IPI,
//   a VM exit on this KVM guest): writev is a fifth of the floor's profile.
// - lookup ≈ 90 µs: the floor plus the nonce check and journal row, the audit row and their group
//   commit, rate limiter, zod query validation and response serialisation, three async hooks.
// - bind ≈ 380 µs, ~30% in the kernel: the group-commit transaction (6 indexed reads; inserts into
//   bindings, 2 party slots, outbox; ~5 random B-tree pages per bind written to the WAL and later
//   checkpointed), two libphonenumber parses, two AES-GCM encryptions. A SQLite behaviour cost
//   ~90 µs of it until the page cache was made small (server/db/connect.ts): after a page split
//   the COMMIT walked the whole cache.
// - autocannon's cost per request is printed as "client" (requests are pre-built, see cannon()).
// Knobs: BENCH_BINDINGS, BENCH_SECONDS, BENCH_CONNECTIONS (10), BENCH_PHASES (hello,lookup,signed,floor,bind),
// BENCH_CACHE=dir (keep the seeded database between runs), BENCH_PROFILE=dir, BENCH_PIN=0.
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import SQLite from 'better-sqlite3';
import { hexEquals, signedHeaders, signRequest } from '../../common/binding/signing';
import { lookupRoute, routeFinder } from '../../server/modules/calls/find-route';
import { buildApp } from '../../server/build-app';
import { systemClock } from '../../server/clock';
import { connect } from '../../server/db/connect';
import { migrateToLatest } from '../../server/db/migrate';
import { timeOrderedId } from '../../server/db/ids';
import { createTenantWithKey, type ApiKey } from '../../server/security/keys';
import { nodeCrypto } from '../../server/security/node-crypto';
import { createVault } from '../../server/security/vault';

interface Req { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string }
const LIVE = Number(process.env.BENCH_BINDINGS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const WARMUP = 5000;
const POOL = 500;
const party = (i: number) => `+86138${String(i).padStart(8, '0')}`;
const xOf = (i: number) => `+861062${String(i % POOL).padStart(6, '0')}`;
const SELF = fileURLToPath(import.meta.url);

// ── child process: one server under test ──────────────────────────────────────────────────────
async function serve(role: string): Promise<void> {
  let close: () => Promise<void>;
  let url: string;
  if (role === 'hello') {
    const hello = Fastify();
    hello.get('/', async () => ({ hello: 'world' }));
    url = await hello.listen({ host: '127.0.0.1', port: 0 });
    close = () => hello.close();
  } else if (role === 'floor' || role === 'signed') {
    ({ url, close } = await floorServer(role === 'signed'));
  } else {
    const { kysely: db, dialect, sqlite } = connect(process.env.BENCH_DB!);
    await migrateToLatest(db); // as server/main.ts does (a cached seed may predate a migration)
    const vault = createVault(Buffer.from(process.env.BENCH_MASTER_KEY!, 'base64'));
    // the bench key gets a budget above what a run can send; the limiter still counts every request
    const app = await buildApp({ db, dialect, sqlite, vault, clock: systemClock }, { rateLimitPerMinute: 100_000_000 });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
    close = async () => { await app.close(); await db.destroy(); };
  }
  process.send!({ url });
  process.on('message', (m) => {
    if (m === 'cpu') process.send!({ cpu: process.cpuUsage() });
    else void close().then(() => process.exit(0));
  });
}

/**
 * The floor: a bare Fastify route doing only what any signed, encrypted lookup must do — check the
 * HMAC signature, compute the caller's blind index, one prepared indexed read, decrypt the callee —
 * without the binding server's nonce journal, audit row, rate limit, schemas or hooks. Its ratio to
 * hello is the best a lookup of this design can reach on this machine.
 * `signedOnly`: the signature check alone, answering a constant route: what receiving a signed
 * request (its headers and query string) and checking it costs before any lookup work.
 */
async function floorServer(signedOnly: boolean) {
  const { kysely: db, sqlite } = connect(process.env.BENCH_DB!);
  await migrateToLatest(db);
  const vault = createVault(Buffer.from(process.env.BENCH_MASTER_KEY!, 'base64'));
  const secret = process.env.BENCH_KEY_SECRET!;
  const findRoute = routeFinder(db, sqlite);
  const app = Fastify();
  app.get('/v1/route', async (req, reply) => {
    const h = req.headers as Record<string, string>;
    const expected = await signRequest({ method: 'GET', path: req.url, timestamp: Number(h['x-dd-timestamp']), nonce: h['x-dd-nonce']!, body: '' }, secret, nodeCrypto);
    if (!hexEquals(expected, h['x-dd-signature']!)) return reply.code(401).send({ code: 'UNAUTHORIZED' });
    const { caller, x } = req.query as { caller: string; x: string };
    if (signedOnly) return { bindingId: '00000000-0000-0000-0000-000000000000', callee: caller, display: x, record: false };
    const route = await lookupRoute(findRoute, vault, process.env.BENCH_TENANT!, caller, x, Date.now());
    return route ?? reply.code(404).send({ code: 'NOT_FOUND' });
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url, close: async () => { await app.close(); await db.destroy(); } };
}

// ── parent: data, load generator, figures ─────────────────────────────────────────────────────
// BENCH_PIN=0 leaves placement to the OS scheduler
const pin = (cpu: number) => (process.env.BENCH_PIN !== '0' && cpus().length > 1 && existsSync('/usr/bin/taskset') ? cpu : null);

function pinSelf(cpu: number | null) {
  if (cpu !== null) execFileSync('taskset', ['-a', '-cp', String(cpu), String(process.pid)], { stdio: 'ignore' });
}

async function startServer(role: string, env: Record<string, string>) {
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', join(process.env.BENCH_PROFILE, role)] : [];
  const child: ChildProcess = fork(SELF, ['--serve', role], { execArgv: ['--import', 'tsx', ...profile], env: { ...process.env, ...env }, stdio: 'inherit' });
  const core = pin(1);
  if (core !== null) execFileSync('taskset', ['-a', '-cp', String(core), String(child.pid)], { stdio: 'ignore' });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`${role} server exited with ${code}`)));
  });
  const stop = () => new Promise<void>((resolve) => { child.once('exit', () => resolve()); child.send('stop'); });
  /** CPU microseconds the server process has used so far (user + system) */
  const cpu = () => new Promise<{ user: number; system: number }>((resolve) => {
    child.once('message', (m) => { const { user, system } = (m as { cpu: NodeJS.CpuUsage }).cpu; resolve({ user, system }); });
    child.send('cpu');
  });
  return { url, stop, cpu };
}

type Server = Awaited<ReturnType<typeof startServer>>;

/** rps plus the server's own CPU time per request, which other load on the machine does not inflate */
/** WARMUP requests first (not counted: JIT, SQLite page cache, mmap), then SECONDS of measured load */
async function measure(server: Server, requests: Req[]) {
  // only the wire bytes stay alive during the run (splice empties the caller's array)
  const warmup = perConnection(requests.splice(0, WARMUP));
  const run = perConnection(requests.splice(0));
  await cannon(server.url, warmup, WARMUP);
  const before = await server.cpu();
  const client = process.cpuUsage();
  const result = await cannon(server.url, run);
  const { user, system } = process.cpuUsage(client);
  const after = await server.cpu();
  const cpuUs = after.user + after.system - before.user - before.system;
  const systemShare = (after.system - before.system) / cpuUs;
  return { result, rps: result.requests.average, cpuUsPerReq: Math.round(cpuUs / result.requests.total), systemShare, clientUsPerReq: Math.round((user + system) / result.requests.total) };
}

/** The raw HTTP/1.1 bytes of a request, built once before the run. */
function wire(r: Req): Buffer {
  const body = r.body === undefined ? '' : r.body;
  const headers = { host: '127.0.0.1', ...r.headers, ...(r.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }) };
  return Buffer.from(`${r.method} ${r.path} HTTP/1.1\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n${body}`);
}

// autocannon's own per-request hook (setupRequest) rebuilds the request bytes every time, which cost
// the client 30-85 µs per signed request and made it the bottleneck. Instead every connection gets
// its own slice of pre-built requests (each nonce is sent once), swapped into its request iterator;
// the iterator only rebuilds requests that have a setupRequest, so these bytes go out as they are.
interface Iterator { requests: { requestBuffer: Buffer }[]; currentRequestIndex: number; currentRequest: { requestBuffer: Buffer } }

type Slices = { requestBuffer: Buffer }[][];

function perConnection(requests: Req[]): Slices | null {
  if (!requests.length) return null; // the hello route: autocannon's default GET /
  const slices: Slices = Array.from({ length: CONNECTIONS }, () => []);
  requests.forEach((r, i) => slices[i % CONNECTIONS]!.push({ requestBuffer: wire(r) }));
  return slices;
}

/** `amount`: stop after that many requests instead of after SECONDS */
async function cannon(url: string, slices: Slices | null, amount?: number) {
  let client = 0;
  const result = await autocannon({
    url, connections: CONNECTIONS, ...(amount ? { amount } : { duration: SECONDS }),
    setupClient: slices ? (c) => {
      const it = (c as unknown as { requestIterator: Iterator }).requestIterator;
      it.requests = slices[client++]!;
      it.currentRequestIndex = 0;
      it.currentRequest = it.requests[0]!;
    } : undefined,
  });
  // a connection that ran out of its slice wraps around and replays a nonce, which the server refuses (non-2xx)
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${result.non2xx} non-2xx responses and ${result.errors} errors from ${url}`);
  return result;
}

interface Seed { file: string; masterKey: string; key: ApiKey; poolId: string }

/** A database with LIVE live bindings over a POOL-number pool, bulk-loaded straight through better-sqlite3. */
async function seed(file: string): Promise<Seed> {
  const masterKey = randomBytes(32);
  const vault = createVault(masterKey);
  const { kysely: db } = connect(file);
  await migrateToLatest(db);
  const key = await createTenantWithKey(db, vault, 'bench', Date.now());
  const poolId = randomUUID();
  await db.insertInto('pools').values({ id: poolId, tenant_id: key.tenantId, name: 'bench', cooldown_seconds: 0, created_at: 0 }).execute();
  await db.insertInto('numbers').values(Array.from({ length: POOL }, (_, i) => ({ e164: xOf(i), tenant_id: key.tenantId, pool_id: poolId, area_code: '10', city: null, locked: 0, lock_reason: null, calls: 0, complaints: 0, created_at: i }))).execute();
  await db.destroy();
  const raw = new SQLite(file);
  const insB = raw.prepare(`INSERT INTO bindings VALUES (?,?,?,?,'axb',?,?,?,?,0,'live',?,?,NULL,0,NULL,?,NULL,NULL)`);
  const insS = raw.prepare('INSERT INTO party_slots VALUES (?,?,?)');
  const far = Date.now() + 30 * 86_400_000;
  raw.transaction(() => {
    for (let i = 0; i < LIVE; i++) {
      const id = timeOrderedId(), a = party(i), b = party(LIVE + i), ah = vault.blindIndex(key.tenantId, a), bh = vault.blindIndex(key.tenantId, b);
      insB.run(id, key.tenantId, poolId, xOf(i), ah, bh, vault.encrypt(a), vault.encrypt(b), 0, far, far);
      insS.run(xOf(i), ah, id);
      insS.run(xOf(i), bh, id);
    }
  })();
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.close();
  return { file, masterKey: masterKey.toString('base64'), key, poolId };
}

/** BENCH_CACHE=dir keeps the seeded database between runs (a copy is benchmarked), for profiling sessions. */
async function seeded(dir: string): Promise<Seed> {
  const cache = process.env.BENCH_CACHE;
  const file = join(dir, 'binding.db');
  if (!cache) return seed(file);
  const meta = join(cache, `seed-${LIVE}.json`);
  if (!existsSync(meta)) {
    mkdirSync(cache, { recursive: true });
    const s = await seed(join(cache, `seed-${LIVE}.db`));
    writeFileSync(meta, JSON.stringify(s));
  }
  const s = JSON.parse(readFileSync(meta, 'utf8')) as Seed;
  copyFileSync(s.file, file);
  return { ...s, file };
}

async function main() {
  pinSelf(pin(0));
  // BENCH_PHASES=lookup (or bind) runs one phase alone, to profile it
  const phases = new Set((process.env.BENCH_PHASES ?? 'hello,lookup,signed,floor,bind').split(','));
  const dir = mkdtempSync(join(tmpdir(), 'dd-bench-'));
  try {
    let hello = { rps: NaN, cpuUsPerReq: NaN, systemShare: NaN, clientUsPerReq: NaN };
    if (phases.has('hello')) {
      const server = await startServer('hello', {});
      hello = await measure(server, []);
      await server.stop();
    }

    const s = await seeded(dir);
    const sign = async (method: 'GET' | 'POST', path: string, body = ''): Promise<Req> => ({
      method, path, body: body || undefined,
      headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(await signedHeaders({ method, path, timestamp: Date.now(), nonce: randomUUID(), body }, s.key, nodeCrypto)) },
    });
    // every request carries a fresh nonce, so each phase signs more than a run can send (cannon()
    // checks). Each phase signs its own just before it runs: signing every phase's requests up front
    // kept ~2M of them alive in this process, and its garbage collection made autocannon the bottleneck.
    const perPhase = WARMUP + Math.max(60_000, Math.ceil((hello.rps || 30_000) * SECONDS * 1.2));
    const lookups = async () => {
      const out: Req[] = [];
      for (let n = 0; n < perPhase; n++) {
        const i = Math.floor(Math.random() * LIVE);
        out.push(await sign('GET', `/v1/route?caller=${encodeURIComponent(party(i))}&x=${encodeURIComponent(xOf(i))}`));
      }
      return out;
    };
    const binds = async () => {
      const out: Req[] = [];
      for (let n = 0; n < perPhase; n++) {
        out.push(await sign('POST', '/v1/bindings', JSON.stringify({ poolId: s.poolId, a: party(3 * LIVE + n), b: party(4 * LIVE + n), expiresInSeconds: 3600 })));
      }
      return out;
    };
    const bare = async (role: 'signed' | 'floor') => {
      if (!phases.has(role) || !phases.has('lookup')) return undefined;
      const requests = await lookups();
      const server = await startServer(role, { BENCH_DB: s.file, BENCH_MASTER_KEY: s.masterKey, BENCH_KEY_SECRET: s.key.secret, BENCH_TENANT: s.key.tenantId });
      const measured = await measure(server, requests);
      await server.stop();
      return measured;
    };
    const signed = await bare('signed');
    const floor = await bare('floor');
    const server = await startServer('binding', { BENCH_DB: s.file, BENCH_MASTER_KEY: s.masterKey });
    const lookup = phases.has('lookup') ? await measure(server, await lookups()) : undefined;
    const bind = phases.has('bind') ? await measure(server, await binds()) : undefined;
    await server.stop();

    const placement = pin(0) === null ? 'autocannon and the servers share the CPUs (no taskset, or one CPU)' : 'autocannon on CPU 0 in the parent process; each server alone in a child process pinned to CPU 1';
    process.stdout.write(`placement: ${placement}; ${CONNECTIONS} connections, ${SECONDS} s per run after ${WARMUP} warm-up requests, ${LIVE} live bindings on SQLite\n`);
    const perReq = (m?: { cpuUsPerReq: number; systemShare: number; clientUsPerReq: number }) => (m ? `${m.cpuUsPerReq} µs, ${Math.round(100 * m.systemShare)}% in the kernel (client ${m.clientUsPerReq} µs)` : 'not run');
    process.stdout.write(`CPU per request, server (and autocannon): hello ${perReq(phases.has('hello') ? hello : undefined)}, lookup ${perReq(lookup)}, bind ${perReq(bind)}; load average ${loadavg()[0]!.toFixed(1)}\n`);
    const bareLine = (label: string, m?: Awaited<ReturnType<typeof measure>>) => {
      if (m) process.stdout.write(`${label}: ${Math.round(m.rps)} rps, ratio ${(m.rps / hello.rps).toFixed(3)}, ${perReq(m)}\n`);
    };
    bareLine('signed only (a bare route that checks the signature and answers a constant)', signed);
    bareLine("floor (the lookup's crypto and one indexed read in a bare route)", floor);
    const out = {
      helloRps: Math.round(hello.rps),
      lookupRps: Math.round(lookup?.rps ?? NaN),
      bindRps: Math.round(bind?.rps ?? NaN),
      lookupP99Ms: lookup?.result.latency.p99,
      lookupRatio: lookup ? +(lookup.rps / hello.rps).toFixed(3) : null,
      bindRatio: bind ? +(bind.rps / hello.rps).toFixed(3) : null,
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--serve') await serve(process.argv[3]!);
else await main();
