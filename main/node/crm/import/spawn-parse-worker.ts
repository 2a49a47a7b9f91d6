/// <reference types="electron-vite/node" />
import type { Worker } from 'node:worker_threads';
import { tsWorker } from '../../store/ts-worker';
import type { ParseWorkerData } from './parse-protocol';

/**
 * Built app: electron-vite's `?nodeWorker` import bundles parse-worker.ts as its own chunk. Source
 * tree (tests, CLI, bench): the .ts entry through tsx, as the store's workers (store/ts-worker.ts).
 */
export async function spawnParseWorker(workerData: ParseWorkerData): Promise<Worker> {
  if (!import.meta.url.endsWith('.ts')) {
    const { default: createWorker } = await import('./parse-worker?nodeWorker');
    return createWorker({ workerData });
  }
  return tsWorker(new URL('./parse-worker.ts', import.meta.url), workerData);
}
