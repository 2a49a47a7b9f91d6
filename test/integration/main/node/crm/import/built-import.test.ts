// The packaged app runs an import in the built import worker, which starts the parse worker from
// its own bundled chunk (electron-vite `?nodeWorker`), not through tsx. This imports through them.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreClient } from '../../../../../../main/node/store/store-client';
import type { StoreHandlers } from '../../../../../../main/node/store-worker/store-handlers';
import type { ImportWorkerData, ImportWorkerEvent, WorkerRequest } from '../../../../../../main/node/store/worker-protocol';
import { builtWorkerFiles, spawnBuiltWorker } from '../../../../../../main/node/store/spawn-worker';
import { repoPath } from '../../../../../support/repo-path';

const outMain = repoPath('out/main');
const built = Object.values(builtWorkerFiles).every((f) => existsSync(join(outMain, f)));
if (!built) console.warn(`skipped: no build in ${outMain}; run npm run build first`);

const LIST = ['姓名,手机,公司', '张三,138 0013 8000,北京某某科技有限公司', '李四,12345,', '王五,+86 13800138000,'].join('\n');

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function scratchDir(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dialdeck-built-import-'));
  dirs.push(dir);
  const file = join(dir, 'list.csv');
  writeFileSync(file, LIST);
  return { dir, file };
}

/** Every event of a built import worker until it exits, and its exit code. */
function runBuiltImportWorker(data: ImportWorkerData): Promise<{ events: ImportWorkerEvent[]; exitCode: number; error?: unknown }> {
  const worker = spawnBuiltWorker(outMain)('importWorker', data);
  const events: ImportWorkerEvent[] = [];
  let error: unknown;
  worker.on('message', (event: ImportWorkerEvent) => events.push(event));
  worker.on('error', (e) => (error = e));
  return new Promise((resolve) => worker.on('exit', (exitCode) => resolve({ events, exitCode, ...(error === undefined ? {} : { error }) })));
}

describe.skipIf(!built)('an import in the built workers', () => {
  it('reads the file on the bundled parse worker and publishes a searchable list', { timeout: 60_000 }, async () => {
    const { dir, file } = scratchDir();
    const client = new StoreClient<StoreHandlers>(join(dir, 'crm.sqlite'), spawnBuiltWorker(outMain));
    try {
      const summary = await client.startImport({ file, listName: '打包测试' }).done;
      expect(summary).toMatchObject({ status: 'completed', rows: 3, imported: 1, invalid: 1, duplicates: 1 });
      expect((await client.api.search({ query: '0013' })).items.map((c) => c.name)).toEqual(['张三']);
      const refused = client.startImport({ file: join(dir, 'missing.xls') }).done;
      await expect(refused).rejects.toThrow(/unsupported file type/);
    } finally {
      await client.close();
    }
  });

  // What failed on a loaded machine: two workers migrating a new database at the same moment, the
  // loser dying of "table contacts already exists" (a SqliteError, which reached the client as an
  // empty message). StoreClient now starts imports after its DB worker has opened the database, so
  // the race is provoked here with three built DB workers started at once.
  it('opens a new database from three built workers started at the same moment', { timeout: 60_000 }, async () => {
    for (let round = 0; round < 5; round++) {
      const dbPath = join(scratchDir().dir, 'crm.sqlite');
      const workers = [0, 1, 2].map(() => spawnBuiltWorker(outMain)('dbWorker', { dbPath }));
      try {
        const answers = await Promise.all(
          workers.map((worker) => {
            worker.postMessage({ seq: 1, method: 'lists', params: {} } satisfies WorkerRequest);
            return new Promise((resolve) => {
              worker.once('message', resolve);
              worker.once('error', (error) => resolve({ died: error }));
            });
          }),
        );
        expect(answers, `round ${round}`).toEqual(Array(3).fill({ seq: 1, ok: true, value: [] }));
      } finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
      }
    }
  });

  it('reports a database it cannot open with SQLite\'s message instead of an empty one', { timeout: 60_000 }, async () => {
    const { dir, file } = scratchDir();
    // a folder is no database
    const { events, exitCode, error } = await runBuiltImportWorker({ dbPath: dir, task: { kind: 'start', request: { file } } });
    expect({ exitCode, error }).toEqual({ exitCode: 0, error: undefined });
    expect(events).toEqual([
      expect.objectContaining({ type: 'error', code: 'internal', failure: expect.objectContaining({ name: 'SqliteError', message: 'unable to open database file', code: 'SQLITE_CANTOPEN' }) }),
    ]);
  });
});
