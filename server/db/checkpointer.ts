// Moves WAL checkpoints off the event loop. By default SQLite checkpoints inside whichever COMMIT
// pushes the WAL past 1,000 pages: that commit then copies the pages into the database file and
// fsyncs it, stalling every request behind it for milliseconds (the lookup p99). A worker thread
// with its own connection checkpoints instead; PASSIVE never blocks the server's reads or writes.
// The server connection keeps a high autocheckpoint as a safety net should the worker stop.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// Plain CommonJS evaluated in the worker, so it needs no TypeScript loader and no build step.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const SQLite = require(workerData.driver);
const db = new SQLite(workerData.file);
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (err) { parentPort.postMessage(String(err)); }
}, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  Atomics.store(workerData.closed, 0, 1);
  Atomics.notify(workerData.closed, 0);
  parentPort.close();
});
`;

export interface Checkpointer {
  /**
   * Closes the worker's connection before returning (waits at most a second), so the server's own
   * close is the last one: it then checkpoints and removes the WAL itself, and no file of the
   * database is touched after the caller's close has returned.
   */
  stop(): void;
}

export function startCheckpointer(file: string, everyMs = 250, onError: (message: string) => void = () => {}): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const closed = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(WORKER, { eval: true, workerData: { file, driver, everyMs, closed } });
  let alive = true;
  worker.on('message', (m: string) => onError(m));
  worker.on('error', (err) => onError(String(err)));
  worker.on('exit', () => (alive = false));
  worker.unref(); // never the reason a process stays alive
  return {
    stop() {
      if (!alive) return;
      worker.postMessage('stop');
      Atomics.wait(closed, 0, 0, 1000);
    },
  };
}
