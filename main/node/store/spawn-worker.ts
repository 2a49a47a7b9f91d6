// How the store's worker threads start: from the source tree through tsx (tests, CLI, dev), or in the
// packaged app as plain .js entries that electron-vite builds next to main (see electron.vite.config.ts),
// so no TypeScript loader is needed at run time.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { tsWorker } from './ts-worker';

/** The DB worker (store/worker) and the CRM's import worker (crm/import), which opens its own connection. */
export type WorkerEntry = 'dbWorker' | 'importWorker';
export type SpawnWorker = (entry: WorkerEntry, workerData: unknown) => Worker;

const sourceFiles: Record<WorkerEntry, string> = { dbWorker: '../store-worker/db-worker.ts', importWorker: '../crm/import/import-worker.ts' };

export const spawnTsWorker: SpawnWorker = (entry, workerData) => tsWorker(new URL(sourceFiles[entry], import.meta.url), workerData);

export const builtWorkerFiles = { dbWorker: 'store-db-worker.js', importWorker: 'crm-import-worker.js' } as const satisfies Record<WorkerEntry, string>;

export function spawnBuiltWorker(dir: string): SpawnWorker {
  return (entry, workerData) => new Worker(join(dir, builtWorkerFiles[entry]), { workerData });
}
