import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * A worker thread on a .ts entry of the source tree (tests, CLI, dev): registers tsx inside the worker, then
 * loads the entry (Node 20 workers ignore `--import` in execArgv). Bundled builds start their .js output instead.
 */
export function tsWorker(script: URL, workerData: unknown): Worker {
  // the ESM build of the API: its CommonJS twin cannot register ESM hooks from an eval'd worker
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(script.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
}
