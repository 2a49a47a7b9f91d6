// The service's DB worker and an import worker open the same file at once (and the CLI may open it
// while the app runs). On a new or older database both migrate: each step must see the other's
// commits, or the second runs "CREATE TABLE contacts" again and dies with SQLITE_ERROR.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../main/node/store/open-database';
import { schemaVersion } from '../../../../../main/node/store/run-migrations';
import { LATEST_VERSION } from '../../../../../main/node/store/run-migrations';
import { repoPath } from '../../../../support/repo-path';

const OPENERS = 3;
const ROUNDS = 6;

const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
const openModule = pathToFileURL(repoPath('main/node/store/open-database.ts')).href;

/** Loads the opener, waits at a barrier until every thread is ready, then opens: the threads race for the first migration. */
const opener = `
const { register } = await import(${JSON.stringify(tsx)}); register();
const { openDatabase } = await import(${JSON.stringify(openModule)});
const { parentPort, workerData } = await import('node:worker_threads');
const ready = new Int32Array(workerData.barrier);
Atomics.add(ready, 0, 1);
while (Atomics.load(ready, 0) < workerData.openers) Atomics.wait(ready, 0, Atomics.load(ready, 0), 5);
try {
  openDatabase(workerData.path, { recoverImports: false }).close();
  parentPort.postMessage('ok');
} catch (error) {
  parentPort.postMessage(String(error.code) + ': ' + error.message);
}`;

function openAtOnce(path: string): Promise<string[]> {
  const barrier = new SharedArrayBuffer(4);
  return Promise.all(
    Array.from({ length: OPENERS }, async () => {
      const worker = new Worker(opener, { eval: true, workerData: { path, barrier, openers: OPENERS } });
      try {
        return await new Promise<string>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
        });
      } finally {
        await worker.terminate();
      }
    }),
  );
}

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('opening one CRM database from several threads at once', () => {
  it(`migrates it once: ${OPENERS} threads x ${ROUNDS} new databases all open it`, { timeout: 120_000 }, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const dir = mkdtempSync(join(tmpdir(), 'dialdeck-crm-open-'));
      dirs.push(dir);
      const path = join(dir, 'crm.sqlite');
      expect(await openAtOnce(path), `round ${round}`).toEqual(Array(OPENERS).fill('ok'));
      const db = openDatabase(path);
      try {
        expect(schemaVersion(db)).toBe(LATEST_VERSION);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'contacts'`).pluck().get()).toBe(1);
      } finally {
        db.close();
      }
    }
  });
});
