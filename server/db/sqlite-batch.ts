// Group commit on the single SQLite connection: every write handed over during one turn of the
// event loop (nonces, audit rows, binds) runs in ONE transaction, and each caller is answered only
// after that transaction has committed, so a crash can lose only requests that were not answered
// yet. Each job that needs to be atomic on its own runs in a savepoint: a job that throws rolls
// back alone and the rest of the batch still commits.
import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from './db-schema';

export interface SqliteBatch {
  /** runs fn inside the next group commit and settles after the commit */
  run<T>(fn: () => T, opts?: { savepoint?: boolean }): Promise<T>;
  /** fire and forget: the write joins the next commit; failures go to onError */
  post(fn: () => void): void;
  /** waits until everything handed over so far is committed */
  flush(): Promise<void>;
}

interface Job {
  fn: () => unknown;
  savepoint: boolean;
  settle?: (ok: boolean, value: unknown) => void;
}

/**
 * Runs a synchronous function on the connection without interleaving with a Kysely transaction
 * that is open across an await: when none is open the function runs at once (it is synchronous, so
 * nothing can start in between); otherwise it waits for Kysely's connection mutex.
 */
export function onConnection<T>(db: Kysely<Database>, sqlite: SQLite.Database, fn: () => T): Promise<T> {
  if (!sqlite.inTransaction) {
    try {
      return Promise.resolve(fn());
    } catch (err) {
      return Promise.reject(err);
    }
  }
  return db.connection().execute(async () => fn());
}

export function sqliteBatch(db: Kysely<Database>, sqlite: SQLite.Database, onError: (err: unknown) => void): SqliteBatch {
  const inSavepoint = sqlite.transaction((fn: () => unknown) => fn()); // nested: a SAVEPOINT
  // a job without a savepoint must leave nothing half-done when it throws: a single statement (SQLite
  // undoes a failed statement by itself) or writes only in its own nested transactions
  const writeAll = sqlite.transaction((jobs: Job[]) => jobs.map((job) => {
    try {
      return { ok: true, value: job.savepoint ? inSavepoint(job.fn) : job.fn() };
    } catch (err) {
      return { ok: false, value: err };
    }
  }));

  let jobs: Job[] = [];
  let next: Promise<void> | null = null;
  let writing: Promise<void> = Promise.resolve();

  async function write(): Promise<void> {
    const batch = jobs;
    jobs = [];
    next = null;
    let settled: { ok: boolean; value: unknown }[];
    try {
      // IMMEDIATE: take the write lock before the first read, so reads and writes of a job see one state
      settled = await onConnection(db, sqlite, () => writeAll.immediate(batch));
    } catch (err) {
      onError(err);
      for (const job of batch) job.settle?.(false, err);
      return;
    }
    batch.forEach((job, i) => {
      const r = settled[i]!;
      if (job.settle) job.settle(r.ok, r.value);
      else if (!r.ok) onError(r.value);
    });
  }
  // setImmediate: every request parsed in this turn of the event loop joins the same commit
  const schedule = () => (next ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => (writing = write())));

  return {
    run<T>(fn: () => T, opts: { savepoint?: boolean } = {}) {
      return new Promise<T>((resolve, reject) => {
        jobs.push({ fn, savepoint: opts.savepoint ?? true, settle: (ok, value) => (ok ? resolve(value as T) : reject(value)) });
        void schedule();
      });
    },
    post(fn) {
      jobs.push({ fn, savepoint: false });
      void schedule();
    },
    async flush() {
      while (next) await next;
      await writing;
    },
  };
}
