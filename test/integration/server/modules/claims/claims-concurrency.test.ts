// Several client processes claim the same leads at once through real server processes (one on a
// SQLite file; two sharing one PostgreSQL, as behind a load balancer): exactly one winner per lead,
// and every loser is told that winner.
import { execFile } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../../../../server/db/connect';
import { migrateToLatest } from '../../../../../server/db/migrate';
import { createTenantWithKey, type ApiKey } from '../../../../../server/security/keys';
import { createVault } from '../../../../../server/security/vault';
import { postgresUnavailable, startPostgres, type TestPostgres } from '../../../../support/postgres';
import { startServerProcess, type ServerProcess } from '../../server-process';

const run = promisify(execFile);
const LEADS = 150;
const WORKERS = 3;
const AGENTS_PER_WORKER = 3;
const pgSkip = postgresUnavailable();
if (pgSkip) console.warn(`[claims concurrency] PostgreSQL case skipped: ${pgSkip}`);

let pg: TestPostgres | undefined;
afterAll(() => pg?.stop());

async function prepare(url: string, masterKey: Buffer): Promise<ApiKey> {
  const { kysely } = connect(url);
  await migrateToLatest(kysely);
  const key = await createTenantWithKey(kysely, createVault(masterKey), `load-${randomUUID()}`, Date.now());
  await kysely.destroy();
  return key;
}

async function race(servers: ServerProcess[], key: ApiKey) {
  const leads = Array.from({ length: LEADS }, (_, i) => createHash('sha256').update(`lead-${i}-${randomUUID()}`).digest('hex'));
  const jobs = Array.from({ length: WORKERS }, (_, w) => ({
    urls: servers.map((_, i) => servers[(i + w) % servers.length]!.url),
    key,
    leads: w % 2 ? [...leads].reverse() : leads, // some clients start at the other end: contention throughout
    agents: Array.from({ length: AGENTS_PER_WORKER }, (_, a) => `w${w}-agent${a}`),
  }));
  const outputs = await Promise.all(jobs.map((job) => run(process.execPath, ['--import', 'tsx', 'test/integration/server/modules/claims/claim-worker.ts', JSON.stringify(job)], { maxBuffer: 64 << 20 })));
  const results = outputs.flatMap((o) => JSON.parse(o.stdout) as { leadKey: string; agentId: string; status: number; granted?: boolean; holder?: string }[]);
  expect(results).toHaveLength(LEADS * WORKERS * AGENTS_PER_WORKER);
  expect(results.filter((r) => r.status !== 200)).toEqual([]);
  for (const k of leads) {
    const mine = results.filter((r) => r.leadKey === k);
    const winners = mine.filter((r) => r.granted === true);
    expect(winners, k).toHaveLength(1);
    for (const loser of mine.filter((r) => r.granted === false)) expect(loser.holder).toBe(winners[0]!.agentId);
  }
}

const env = (url: string, masterKey: Buffer, dataDir: string) => ({
  DATABASE_URL: url, BINDING_MASTER_KEY: masterKey.toString('base64'), RATE_LIMIT_PER_MINUTE: '1000000', DATA_DIR: dataDir,
});

describe('simultaneous claims from several client processes', () => {
  it('one SQLite server: exactly one winner per lead', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dd-claims-'));
    const masterKey = randomBytes(32);
    const url = join(dir, 'binding.db');
    const key = await prepare(url, masterKey);
    const server = await startServerProcess(env(url, masterKey, dir));
    try {
      await race([server], key);
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it.skipIf(pgSkip !== null)('two server instances on one PostgreSQL: exactly one winner per lead', async () => {
    pg ??= startPostgres();
    const url = await pg.createDatabase('claims_race');
    const masterKey = randomBytes(32);
    const key = await prepare(url, masterKey);
    const dir = mkdtempSync(join(tmpdir(), 'dd-claims-'));
    const servers = await Promise.all([0, 1].map(() => startServerProcess(env(url, masterKey, dir))));
    try {
      await race(servers, key);
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
