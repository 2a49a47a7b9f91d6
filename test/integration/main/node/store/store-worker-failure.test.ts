// StoreClient's side of a CRM worker that fails. Node clones a worker's uncaught error to the parent,
// and only built-in Errors keep their message: a SqliteError arrives as `{ code }`, which used to
// reach the user as an import error with an EMPTY message. The DB worker's death used to leave
// later calls waiting forever.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreClient } from '../../../../../main/node/store/store-client';
import type { StoreHandlers, AppStoreClient } from '../../../../../main/node/store-worker/store-handlers';
import { spawnTsWorker, type SpawnWorker } from '../../../../../main/node/store/spawn-worker';
import { StoreError } from '../../../../../main/node/store/store-errors';

const dirs: string[] = [];
const clients: AppStoreClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

function setup(spawn: SpawnWorker = spawnTsWorker, dbName = 'crm.sqlite') {
  const dir = mkdtempSync(join(tmpdir(), 'dialdeck-crm-fail-'));
  dirs.push(dir);
  const file = join(dir, 'list.csv');
  writeFileSync(file, '姓名,手机\n张三,13800138000\n');
  const client = new StoreClient<StoreHandlers>(join(dir, dbName), spawn);
  clients.push(client);
  return { dir, file, client };
}

/** The real DB worker; the import worker replaced by `source` (CommonJS, run with eval). */
const importWorkerRunning = (source: string): SpawnWorker => (entry, workerData) =>
  entry === 'importWorker' ? new Worker(source, { eval: true, workerData }) : spawnTsWorker(entry, workerData);

const importFailure = (job: { done: Promise<unknown> }) => job.done.then(() => expect.unreachable('the import succeeded'), (e: StoreError) => e);

describe('a CRM worker that fails', () => {
  it('an import worker dying of an uncaught SqliteError reports its message, code and exit code', async () => {
    // better-sqlite3's own error (a folder is no database), uncaught, as the open outside the worker's try/catch was
    const { client, file } = setup(importWorkerRunning(`const Database = require('better-sqlite3'); new Database(require('node:os').tmpdir());`));
    const error = await importFailure(client.startImport({ file }));
    expect(error).toBeInstanceOf(StoreError);
    expect(error.code).toBe('internal');
    expect(error.message).toBe("import failed: import worker (exit code 1): a non-Error value was thrown: { code: 'SQLITE_CANTOPEN' }");
    expect(error.details).toMatchObject({ code: 'SQLITE_CANTOPEN', exitCode: 1 });
    expect((await client.api.search({})).items).toEqual([]); // the service goes on
  });

  it('an import worker that exits says so, with the exit code', async () => {
    const { client, file } = setup(importWorkerRunning('process.exit(7)'));
    const error = await importFailure(client.startImport({ file }));
    expect(error.message).toBe('import failed: import worker (exit code 7): the worker ended before sending a result');
    expect(error.details).toMatchObject({ exitCode: 7 });
  });

  it('the real import worker that cannot open its database (here: a folder) reports SQLite\'s message, and the CRM is unchanged', async () => {
    const { dir, client, file } = setup((entry, workerData) =>
      spawnTsWorker(entry, entry === 'importWorker' ? { ...(workerData as object), dbPath: dir } : workerData),
    );
    await client.api.dncAdd({ number: '13900139000', reason: 'refused' });
    const error = await importFailure(client.startImport({ file, listName: '新名单' }));
    expect(error).toMatchObject({ code: 'internal', message: 'import failed: SqliteError: unable to open database file', details: { code: 'SQLITE_CANTOPEN' } });
    expect(error.details?.stack).toMatch(/openDatabase/);
    expect(await client.api.count({})).toEqual({ total: 0, exact: true });
    expect(await client.api.lists()).toEqual([]);
  });

  it('a DB worker that cannot open the database fails every call with the reason instead of leaving it waiting', async () => {
    const blocker = mkdtempSync(join(tmpdir(), 'dialdeck-crm-fail-'));
    dirs.push(blocker);
    mkdirSync(join(blocker, 'crm.sqlite')); // a folder where the database file should be
    const client = new StoreClient<StoreHandlers>(join(blocker, 'crm.sqlite'));
    clients.push(client);
    const reason = /^CRM worker \(exit code 1\): SqliteError: unable to open database file$/;
    await expect(client.api.search({})).rejects.toThrow(reason);
    await expect(client.api.count({})).rejects.toThrow(reason); // after its end too
    const error = await importFailure(client.startImport({ file: join(blocker, 'list.csv') }));
    expect(error.message).toMatch(reason);
    expect(error.details).toMatchObject({ code: 'SQLITE_CANTOPEN', exitCode: 1 });
  });
});
