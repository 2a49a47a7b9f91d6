// SQLite group commit (server/db/sqlite-batch.ts) and the WITHOUT ROWID rebuild (migration 0004):
// a job that fails rolls back alone, nobody is answered before the commit, a crash loses no
// answered bind, and the rebuild keeps every row and every key.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Migrator, type Migration } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { signedHeaders, webCryptoPrimitives } from '../../../../common/binding/signing';
import { connect } from '../../../../server/db/connect';
import { migrateToLatest } from '../../../../server/db/migrate';
import { sqliteBatch } from '../../../../server/db/sqlite-batch';
import * as m1 from '../../../../server/db/migrations/0001-init';
import * as m2 from '../../../../server/db/migrations/0002-live-pair-index';
import * as m3 from '../../../../server/db/migrations/0003-lead-claims';
import * as m4 from '../../../../server/db/migrations/0004-sqlite-clustered-keys';
import { createTenantWithKey } from '../../../../server/security/keys';
import { createVault } from '../../../../server/security/vault';
import { startServerProcess } from '../server-process';

const dirs: string[] = [];
const tmpFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'dd-batch-'));
  dirs.push(dir);
  return join(dir, 'binding.db');
};
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

describe('SQLite group commit', () => {
  it('rolls back a failing job alone and answers only after the commit', async () => {
    const file = tmpFile();
    const { kysely, sqlite } = connect(file);
    await migrateToLatest(kysely);
    const errors: unknown[] = [];
    const batch = sqliteBatch(kysely, sqlite!, (e) => errors.push(e));
    sqlite!.exec('CREATE TABLE probe (key_id text NOT NULL, nonce text NOT NULL, PRIMARY KEY (key_id, nonce))');
    const put = sqlite!.prepare('INSERT INTO probe (key_id, nonce) VALUES (?, ?)');
    const other = new SQLite(file, { readonly: true }); // a second connection sees only committed rows
    const committed = (nonce: string) => other.prepare('SELECT count(*) AS n FROM probe WHERE nonce = ?').get(nonce) as { n: number };

    const seenAtAnswer: number[] = [];
    const ok1 = batch.run(() => put.run('k', 'one')).then(() => seenAtAnswer.push(committed('one').n));
    const failing = batch.run(() => {
      put.run('k', 'half'); // written, then undone with its savepoint
      throw new Error('job failed');
    });
    const ok2 = batch.run(() => put.run('k', 'two'));
    const duplicate = batch.run(() => put.run('k', 'two'), { savepoint: false }); // same key as ok2: refused alone
    await expect(failing).rejects.toThrow('job failed');
    await expect(duplicate).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_PRIMARYKEY' });
    await ok1;
    await ok2;
    expect(seenAtAnswer).toEqual([1]);
    expect(['one', 'half', 'two'].map((n) => committed(n).n)).toEqual([1, 0, 1]);
    expect(errors).toEqual([]);
    other.close();
    await kysely.destroy();
  });

  it('loses no answered bind when the server process is killed mid-load', async () => {
    const file = tmpFile();
    const masterKey = randomBytes(32);
    const vault = createVault(masterKey);
    const { kysely } = connect(file);
    await migrateToLatest(kysely);
    const key = await createTenantWithKey(kysely, vault, 'default', Date.now());
    const poolId = randomUUID();
    await kysely.insertInto('pools').values({ id: poolId, tenant_id: key.tenantId, name: 'crash', cooldown_seconds: 0, created_at: 0 }).execute();
    await kysely.insertInto('numbers').values(Array.from({ length: 50 }, (_, i) => ({
      e164: `+861062${String(i).padStart(6, '0')}`, tenant_id: key.tenantId, pool_id: poolId, area_code: '10', city: null, locked: 0, lock_reason: null, calls: 0, complaints: 0, created_at: i,
    }))).execute();
    await kysely.destroy();

    const server = await startServerProcess({ DATABASE_URL: file, BINDING_MASTER_KEY: masterKey.toString('base64'), RATE_LIMIT_PER_MINUTE: '1000000', DATA_DIR: join(file, '..') });
    const crypto = webCryptoPrimitives();
    const answered: string[] = [];
    let n = 0;
    const bindOne = async () => {
      const body = JSON.stringify({ poolId, a: `+86138${String(n).padStart(8, '0')}`, b: `+86139${String(n++).padStart(8, '0')}`, expiresInSeconds: 3600 });
      const headers = await signedHeaders({ method: 'POST', path: '/v1/bindings', timestamp: Date.now(), nonce: randomUUID(), body }, key, crypto);
      const res = await fetch(`${server.url}/v1/bindings`, { method: 'POST', body, headers: { ...headers, 'content-type': 'application/json' } });
      if (res.status !== 201) throw new Error(`bind answered ${res.status}`);
      answered.push(((await res.json()) as { id: string }).id);
    };
    // 16 clients keep binding until 300 answers are in, then the process dies with binds in flight
    let crashed = false;
    const clients = Array.from({ length: 16 }, async () => {
      while (!crashed) {
        await bindOne().catch(() => undefined); // requests cut off by the crash fail; that is the point
        if (answered.length >= 300 && !crashed) {
          crashed = true;
          await server.crash();
        }
      }
    });
    await Promise.all(clients);
    const answeredBeforeCrash = [...answered];

    const reopened = new SQLite(file, { readonly: true });
    const stored = new Set((reopened.prepare(`SELECT id FROM bindings WHERE status = 'live'`).all() as { id: string }[]).map((r) => r.id));
    const slots = reopened.prepare('SELECT count(*) AS n FROM party_slots').get() as { n: number };
    reopened.close();
    expect(answeredBeforeCrash.length).toBeGreaterThanOrEqual(300);
    expect(answeredBeforeCrash.filter((id) => !stored.has(id))).toEqual([]);
    expect(slots.n).toBe(2 * stored.size); // every stored binding kept both of its slots: no half-written bind
  }, 60_000);
});

describe('migration 0004 (WITHOUT ROWID party_slots and nonces)', () => {
  it('keeps every row and every key', async () => {
    const file = tmpFile();
    const { kysely, sqlite } = connect(file);
    const upTo2: Record<string, Migration> = { '0001-init': m1, '0002-live-pair-index': m2 };
    expect((await new Migrator({ db: kysely, provider: { getMigrations: async () => upTo2 } }).migrateToLatest()).error).toBeUndefined();
    sqlite!.prepare('INSERT INTO party_slots (x, party_hash, binding_id) VALUES (?, ?, ?)').run('+861062000001', 'h1', 'b1');
    sqlite!.prepare('INSERT INTO party_slots (x, party_hash, binding_id) VALUES (?, ?, ?)').run('+861062000001', 'h2', 'b1');
    sqlite!.prepare('INSERT INTO nonces (key_id, nonce, seen_at) VALUES (?, ?, ?)').run('k', 'n1', 5);
    expect((await new Migrator({ db: kysely, provider: { getMigrations: async () => ({ ...upTo2, '0003-lead-claims': m3, '0004-sqlite-clustered-keys': m4 }) } }).migrateToLatest()).error).toBeUndefined();
    const ddl = (name: string) => (sqlite!.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(name) as { sql: string }).sql;
    expect(ddl('party_slots')).toMatch(/WITHOUT ROWID/);
    expect(ddl('nonces')).toMatch(/WITHOUT ROWID/);
    expect(sqlite!.prepare('SELECT x, party_hash, binding_id FROM party_slots ORDER BY party_hash').all()).toEqual([
      { x: '+861062000001', party_hash: 'h1', binding_id: 'b1' },
      { x: '+861062000001', party_hash: 'h2', binding_id: 'b1' },
    ]);
    expect(sqlite!.prepare('SELECT key_id, nonce, seen_at FROM nonces').all()).toEqual([{ key_id: 'k', nonce: 'n1', seen_at: 5 }]);
    // the keys still refuse a second (X, party) and a replayed nonce
    expect(() => sqlite!.prepare('INSERT INTO party_slots (x, party_hash, binding_id) VALUES (?, ?, ?)').run('+861062000001', 'h1', 'b2')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => sqlite!.prepare('INSERT INTO nonces (key_id, nonce, seen_at) VALUES (?, ?, ?)').run('k', 'n1', 6)).toThrow(/UNIQUE|PRIMARY KEY/);
    const plans = (sql: string) => (sqlite!.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plans(`SELECT x FROM party_slots WHERE party_hash IN ('h1', 'h2')`)).toMatch(/party_slots_party/);
    await kysely.destroy();
  });
});

describe('migration 0005 (nonces become a journal in arrival order on SQLite)', () => {
  it('keeps every nonce, in the order seen, and the pruning index', async () => {
    const file = tmpFile();
    const { kysely, sqlite } = connect(file);
    const upTo4: Record<string, Migration> = { '0001-init': m1, '0002-live-pair-index': m2, '0003-lead-claims': m3, '0004-sqlite-clustered-keys': m4 };
    expect((await new Migrator({ db: kysely, provider: { getMigrations: async () => upTo4 } }).migrateToLatest()).error).toBeUndefined();
    const put = sqlite!.prepare('INSERT INTO nonces (key_id, nonce, seen_at) VALUES (?, ?, ?)');
    put.run('k', 'zz', 1);
    put.run('k', 'aa', 2);
    await migrateToLatest(kysely);
    const ddl = (sqlite!.prepare("SELECT sql FROM sqlite_master WHERE name = 'nonces'").get() as { sql: string }).sql;
    expect(ddl).not.toMatch(/WITHOUT ROWID|PRIMARY KEY/);
    expect(sqlite!.prepare('SELECT key_id, nonce, seen_at FROM nonces ORDER BY rowid').all()).toEqual([
      { key_id: 'k', nonce: 'zz', seen_at: 1 },
      { key_id: 'k', nonce: 'aa', seen_at: 2 },
    ]);
    const plan = (sqlite!.prepare('EXPLAIN QUERY PLAN DELETE FROM nonces WHERE seen_at < 5').all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan).toMatch(/nonces_seen/);
    await kysely.destroy();
  });
});
