/// <reference types="electron-vite/node" />
import type { Worker } from 'node:worker_threads';
import { tsWorker } from '../../store/ts-worker';
import type { ParseWorkerData } from './parseProtocol';

/**
 * Built app: electron-vite's `?nodeWorker` import bundles parseWorker.ts as its own chunk. Source
 * tree (tests, CLI, bench): the .ts entry through tsx, as the store's workers (store/ts-worker.ts).
 */
export async function spawnParseWorker(workerData: ParseWorkerData): Promise<Worker> {
  if (!import.meta.url.endsWith('.ts')) {
    const { default: createWorker } = await import('./parseWorker?nodeWorker');
    return createWorker({ workerData });
  }
  return tsWorker(new URL('./parseWorker.ts', import.meta.url), workerData);
}
