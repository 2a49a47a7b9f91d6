import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { migrate } from './run-migrations';

export interface OpenOptions {
  readonly?: boolean;
  /** Only the process that owns the database (service or CLI) may declare leftover imports dead. */
  recoverImports?: boolean;
}

/**
 * WAL lets the import connection write while the service connection keeps answering searches.
 * synchronous=NORMAL is durable across application crashes in WAL mode; only an OS crash may lose
 * the last commits, never corrupt.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const db = new Database(path, { readonly: options.readonly ?? false });
  db.pragma('busy_timeout = 10000');
  if (!options.readonly) {
    // switching a new file to WAL needs a moment of exclusive access; threads opening the same new file
    // at once (the DB worker and an import worker) may find it held and get SQLITE_BUSY without waiting
    retryWhileBusy(() => db.pragma('journal_mode = WAL'));
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    retryWhileBusy(() => migrate(db)); // each step re-reads the version under the lock, so a retry is safe
    if (options.recoverImports ?? true) markInterruptedImports(db);
  }
  db.pragma('cache_size = -65536'); // 64 MiB: keeps the search indexes of ~1M contacts hot
  db.pragma('temp_store = MEMORY');
  return db;
}

const BUSY_RETRY_MS = 25;
const BUSY_RETRIES = 200; // 5 s: far longer than any other opener holds the file

function retryWhileBusy<T>(run: () => T): T {
  for (let attempt = 0; ; attempt++) {
    try {
      return run();
    } catch (error) {
      const busy = error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_BUSY');
      if (!busy || attempt >= BUSY_RETRIES) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, BUSY_RETRY_MS); // a synchronous pause: opening is synchronous
    }
  }
}

/**
 * An import left 'running' by a killed process never reached the live tables (they change only in
 * the publish transaction, which SQLite rolled back); its committed batches wait for resumeImport.
 */
function markInterruptedImports(db: Db): void {
  db.prepare(
    `UPDATE import_jobs SET status = 'interrupted', finished_at = ?,
       error = 'process ended during import; nothing was published, resume the job to carry on from line ' || staged_line
     WHERE status = 'running'`,
  ).run(Date.now());
}
