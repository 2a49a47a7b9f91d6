// An import whose parse worker fails: the error names the worker, its exit code and what it threw
// (a non-Error too), the job is marked failed with that message, and the CRM is exactly as before.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { importContacts } from '../../../../../../main/node/crm/import/import-contacts';
import type { SpawnParser } from '../../../../../../main/node/crm/import/parser-thread';
import { CSV_HEADER, generateContacts, toCsvRow } from '../../../../../fixtures/crm/generate-contacts';
import { scratch } from '../crm-test-db';
import { repoPath } from '../../../../../support/repo-path';

const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
const realParser = pathToFileURL(repoPath('main/node/crm/import/parse-worker.ts')).href;

/** A parse worker that reads the headers like the real one, then throws `thrown` (source text) when told to start. */
const throwsOnStart = (thrown: string): SpawnParser => async (workerData) =>
  new Worker(
    `const { parentPort } = require('node:worker_threads');
     parentPort.postMessage({ type: 'opened', headers: ['姓名', '手机'] });
     parentPort.on('message', (m) => { if (m.type === 'start') throw ${thrown}; });`,
    { eval: true, workerData },
  );

/** The real parse worker, except that it exits with `code` once its first batch is committed (acknowledged). */
const exitsAfterFirstBatch = (code: number): SpawnParser => async (workerData) =>
  new Worker(
    `const { parentPort } = await import('node:worker_threads');
     parentPort.on('message', (m) => { if (m.type === 'ack') process.exit(${code}); });
     const { register } = await import(${JSON.stringify(tsx)}); register();
     await import(${JSON.stringify(realParser)});`,
    { eval: true, workerData },
  );

const envs: ReturnType<typeof scratch>[] = [];
afterEach(() => envs.splice(0).forEach((env) => env.cleanup()));

/** A database holding one earlier contact, so "unchanged" means something. */
async function crmWithOneContact(): Promise<ReturnType<typeof scratch>> {
  const env = scratch();
  envs.push(env);
  await importContacts(env.db, { file: env.file('before.csv', '姓名,手机\n老客户,13700137000\n') });
  return env;
}

/** Everything an import could have left in the database. */
const snapshot = (db: Database) => ({
  contacts: db.prepare('SELECT name FROM contacts ORDER BY id').pluck().all(),
  phones: db.prepare('SELECT count(*) FROM contact_phones').pluck().get(),
  indexed: db.prepare('SELECT count(*) FROM contact_search').pluck().get(),
  counted: db.prepare('SELECT contacts FROM crm_stats').pluck().get(),
  lists: db.prepare('SELECT name FROM lists').pluck().all(),
  staged: db.prepare('SELECT count(*) FROM import_staged_batches').pluck().get(),
  pendingIndexes: db.prepare(`SELECT count(*) FROM sqlite_schema WHERE name LIKE 'contact_search_job%'`).pluck().get(),
});

const lastJob = (db: Database) => db.prepare('SELECT status, error FROM import_jobs ORDER BY id DESC LIMIT 1').get() as { status: string; error: string };

describe('an import whose parse worker fails', () => {
  it.each([
    ['an object (as a SqliteError arrives)', `{ code: 'E_PARSER' }`, /^import parse worker \(exit code 1\): a non-Error value was thrown: \{ code: 'E_PARSER' \}$/],
    ['a string', `'cell 7 is broken'`, /^import parse worker \(exit code 1\): cell 7 is broken$/],
    ['undefined', 'undefined', /^import parse worker \(exit code 1\): a non-Error value was thrown: undefined$/],
    ['an Error subclass', `new RangeError('too many columns')`, /^import parse worker \(exit code 1\): RangeError: too many columns$/],
  ])('throwing %s: fails with a message naming the worker, exit code and value; nothing is imported', async (_label, thrown, message) => {
    const env = await crmWithOneContact();
    const before = snapshot(env.db);
    const file = env.file('list.csv', '姓名,手机\n张三,13800138000\n');

    const failed = importContacts(env.db, { file, listName: '新名单', spawnParser: throwsOnStart(thrown) });
    await expect(failed).rejects.toThrow(message);
    const error = await failed.then(() => expect.unreachable('the import succeeded'), (e: Error) => e);
    expect(error).toMatchObject({ name: 'WorkerFailure', details: { exitCode: 1 } });

    expect(lastJob(env.db)).toEqual({ status: 'failed', error: error.message });
    expect(snapshot(env.db)).toEqual(before);
  });

  it('exiting after its first committed batch: the staged rows are discarded and the job failed with the exit code', { timeout: 60_000 }, async () => {
    const env = await crmWithOneContact();
    const before = snapshot(env.db);
    const file = join(env.dir, 'big.csv');
    // ~3 MiB: several 1 MiB batches, so one is committed to staging before the worker dies
    writeFileSync(file, CSV_HEADER + Array.from(generateContacts(60_000, 7), toCsvRow).join(''));
    let committedRows = 0;

    const failed = importContacts(env.db, { file, spawnParser: exitsAfterFirstBatch(3), onProgress: (p) => (committedRows = p.rows), progressIntervalMs: 0 });
    await expect(failed).rejects.toThrow('import parse worker (exit code 3): the worker ended before sending a result');

    expect(committedRows).toBeGreaterThan(0); // a batch really was staged before the crash
    expect(lastJob(env.db)).toEqual({ status: 'failed', error: 'import parse worker (exit code 3): the worker ended before sending a result' });
    expect(snapshot(env.db)).toEqual(before);
  });
});
