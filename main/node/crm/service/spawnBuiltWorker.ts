// The packaged app's CRM workers: plain .js entries that electron-vite builds next to main
// (see electron.vite.config.ts), so no TypeScript loader is needed at run time.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SpawnWorker } from './CrmClient';

export const builtWorkerFiles = { dbWorker: 'crm-db-worker.js', importWorker: 'crm-import-worker.js' } as const;

export function spawnBuiltWorker(dir: string): SpawnWorker {
  return (entry, workerData) => new Worker(join(dir, builtWorkerFiles[entry]), { workerData });
}
