import { EventEmitter } from 'node:events';
import type { Worker } from 'node:worker_threads';
import type { ImportProgress, ImportSummary, StartImportRequest } from '../../../common/crm';
import type { ImportTask, ImportWorkerData, ImportWorkerEvent, WorkerRequest, WorkerResponse } from './worker-protocol';
import { storeApi, type HandlerMap, type StoreApiOf } from './define-handler';
import { StoreError, type ErrorCode } from './store-errors';
import { failureMessage, workerExit } from './worker-failure';
import type { FailureDetails } from './worker-failure';
import { spawnTsWorker, type SpawnWorker } from './spawn-worker';

export interface ImportJob extends EventEmitter<{ progress: [ImportProgress] }> {
  /** Resolves with the summary (status completed or cancelled); rejects with StoreError on bad input or failure. */
  readonly done: Promise<ImportSummary>;
  cancel(): void;
}

/**
 * The store for the main process: every call is answered by the DB worker thread; imports run in workers of
 * their own. H is the type of the handler map the DB worker serves (StoreHandlers, store-worker/store-handlers.ts),
 * given as a type only: the main thread never loads the handlers.
 */
export class StoreClient<H extends HandlerMap> {
  /** `client.api.search(request)`: one method per handler of the DB worker, params as its schema takes them. */
  readonly api: StoreApiOf<H> = storeApi<H>((method, params) => this.call(method, params));
  private seq = 0;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private readonly worker: Worker;
  /** Set once the DB worker has ended: later calls fail with it at once instead of waiting forever. */
  private ended: StoreError | undefined;
  /**
   * Settles once the DB worker has opened (and migrated) the database, which it does before it
   * reads any message. Import workers start after it, so the service connection's startup (which
   * marks leftover 'running' jobs interrupted) never sees a job of a live import.
   */
  private readonly opened: Promise<unknown>;

  constructor(private readonly dbPath: string, private readonly spawn: SpawnWorker = spawnTsWorker) {
    this.worker = spawn('dbWorker', { dbPath });
    this.worker.on('message', (response: WorkerResponse) => {
      const waiter = this.pending.get(response.seq);
      this.pending.delete(response.seq);
      if (response.ok) waiter?.resolve(response.value);
      else waiter?.reject(new StoreError(response.error.code, response.error.message, undefined, response.error.reason));
    });
    let failed: { error: unknown } | undefined;
    this.worker.on('error', (error: unknown) => (failed = { error }));
    this.worker.on('exit', (code) => {
      const { message, details } = workerExit('CRM worker', code, failed);
      this.ended = new StoreError('internal', message, details);
      this.failAll(this.ended);
    });
    // the worker answers once it got past opening; if it ends instead, the imports waiting here fail with why
    this.opened = this.call('opened');
    this.opened.catch(() => {});
  }

  private call<T>(method: string, params: unknown = {}): Promise<T> {
    const seq = ++this.seq;
    if (this.ended) return Promise.reject(this.ended);
    return new Promise<T>((resolve, reject) => {
      this.pending.set(seq, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ seq, method, params } satisfies WorkerRequest);
    });
  }

  private failAll(error: Error): void {
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }

  startImport(request: StartImportRequest): ImportJob {
    return this.runImport({ kind: 'start', request });
  }

  /** Carries on an import interrupted by a crash from its last committed batch (status 'interrupted'). */
  resumeImport(jobId: number): ImportJob {
    return this.runImport({ kind: 'resume', jobId });
  }

  private runImport(task: ImportTask): ImportJob {
    const job = new EventEmitter<{ progress: [ImportProgress] }>();
    let worker: Worker | undefined;
    let cancelled = false;
    const done = this.opened.then(
      () =>
        new Promise<ImportSummary>((resolve, reject) => {
          worker = this.spawn('importWorker', { dbPath: this.dbPath, task } satisfies ImportWorkerData);
          if (cancelled) worker.postMessage({ type: 'cancel' });
          worker.on('message', (event: ImportWorkerEvent) => {
            if (event.type === 'progress') job.emit('progress', event.progress);
            else if (event.type === 'done') resolve(event.summary);
            else reject(importFailure(event.code, event.failure));
          });
          let failed: { error: unknown } | undefined;
          worker.on('error', (error: unknown) => (failed = { error }));
          // after 'done' or 'error' this rejection is a no-op; otherwise it says why the worker ended
          worker.on('exit', (code) => {
            const ended = workerExit('import worker', code, failed);
            reject(new StoreError('internal', `import failed: ${ended.message}`, ended.details));
          });
        }),
    );
    const cancel = () => {
      cancelled = true;
      worker?.postMessage({ type: 'cancel' });
    };
    return Object.assign(job, { done, cancel });
  }

  async close(): Promise<void> {
    if (!this.ended) await this.call('close');
    await this.worker.terminate();
  }
}

/** Bad input and not-found read as they are; an internal failure says it is one, with its cause. */
function importFailure(code: ErrorCode, failure: FailureDetails): StoreError {
  return new StoreError(code, code === 'internal' ? failureMessage('import failed', failure) : failure.message, failure);
}
