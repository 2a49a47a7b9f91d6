/// <reference types="electron-vite/node" />
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParseWorkerData } from './parseProtocol';

/**
 * Built app: electron-vite's `?nodeWorker` import bundles parseWorker.ts as its own chunk. Source
 * tree (tests, CLI, bench): register tsx inside the worker, then load the .ts entry (Node 20 workers
 * ignore `--import` in execArgv), as CrmClient's spawnTsWorker does.
 */
export async function spawnParseWorker(workerData: ParseWorkerData): Promise<Worker> {
  if (!import.meta.url.endsWith('.ts')) {
    const { default: createWorker } = await import('./parseWorker?nodeWorker');
    return createWorker({ workerData });
  }
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const script = new URL('./parseWorker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(script)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
}
