import { EventEmitter } from 'node:events';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type {
  ContactCard, CountResult, DncAddRequest, DncEntry, ImportPreview, ImportProgress, ImportSummary, ListDto, LogCallRequest, RowIssue,
  SearchPage, SearchRequest, StartImportRequest, UpdateContactRequest,
} from '../../../../common/crm';
import type { ErrorCode, ImportTask, ImportWorkerData, ImportWorkerEvent, WorkerRequest, WorkerResponse } from './crmProtocol';
import type { CrmMethod } from './crmHandlers';
import { failureMessage, workerExit } from '../workerFailure';
import type { FailureDetails } from '../workerFailure';

export type WorkerEntry = 'dbWorker' | 'importWorker';
export type SpawnWorker = (entry: WorkerEntry, workerData: unknown) => Worker;

/**
 * Source-tree spawner (tests, CLI, dev): registers tsx inside the worker, then loads the .ts entry
 * (Node 20 workers ignore `--import` in execArgv). Bundled builds pass a spawner for their .js output.
 */
export const spawnTsWorker: SpawnWorker = (entry, workerData) => {
  // the ESM build of the API: its CommonJS twin cannot register ESM hooks from an eval'd worker
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const script = new URL(`./${entry}.ts`, import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(script)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
};

export class CrmError extends Error {
  override readonly name = 'CrmError';
  /** For a failure inside a worker: its name, message, stack, code and exit code. */
  readonly details: FailureDetails | undefined;
  constructor(readonly code: ErrorCode, message: string, details?: FailureDetails) {
    super(message);
    this.details = details;
  }
}

export interface ImportJob extends EventEmitter<{ progress: [ImportProgress] }> {
  /** Resolves with the summary (status completed or cancelled); rejects with CrmError on bad input or failure. */
  readonly done: Promise<ImportSummary>;
  cancel(): void;
}

/** The CRM service API for the main process: every call is answered by the DB worker thread. */
export class CrmClient {
  private seq = 0;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private readonly worker: Worker;
  /** Set once the DB worker has ended: later calls fail with it at once instead of waiting forever. */
  private ended: CrmError | undefined;
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
      else waiter?.reject(new CrmError(response.error.code, response.error.message));
    });
    let failed: { error: unknown } | undefined;
    this.worker.on('error', (error: unknown) => (failed = { error }));
    this.worker.on('exit', (code) => {
      const { message, details } = workerExit('CRM worker', code, failed);
      this.ended = new CrmError('internal', message, details);
      this.failAll(this.ended);
    });
    // the worker answers once it got past opening; if it ends instead, the imports waiting here fail with why
    this.opened = this.call('opened');
    this.opened.catch(() => {});
  }

  /** Any DB-worker method; the campaign and stats stores (main/node/campaign, main/node/stats) wrap it with types. */
  request<T>(method: CrmMethod, params: unknown = {}): Promise<T> {
    return this.call<T>(method, params);
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

  search = (request: SearchRequest) => this.call<SearchPage>('search', request);
  count = (request: SearchRequest) => this.call<CountResult>('count', request);
  getContact = (id: number) => this.call<ContactCard>('getContact', { id });
  updateContact = (request: UpdateContactRequest) => this.call<void>('updateContact', request);
  addNote = (contactId: number, body: string) => this.call<number>('addNote', { contactId, body });
  setTags = (contactId: number, tags: string[]) => this.call<void>('setTags', { contactId, tags });
  scheduleFollowUp = (contactId: number, dueAt: number, reason = '') => this.call<number>('scheduleFollowUp', { contactId, dueAt, reason });
  completeFollowUp = (id: number, doneAt = Date.now()) => this.call<void>('completeFollowUp', { id, doneAt });
  setDisposition = (callId: number, disposition: string) => this.call<void>('setDisposition', { callId, disposition });
  logCall = (call: LogCallRequest) => this.call<number>('logCall', call);
  dncAdd = (request: DncAddRequest) => this.call<DncEntry>('dncAdd', request);
  dncRemove = (number: string) => this.call<boolean>('dncRemove', { number });
  dncList = (afterKey = '', limit = 100) => this.call<DncEntry[]>('dncList', { afterKey, limit });
  previewImport = (file: string, rows = 10) => this.call<ImportPreview>('previewImport', { file, rows });
  importIssues = (jobId: number) => this.call<RowIssue[]>('importIssues', { jobId });
  importReportCsv = (jobId: number) => this.call<string>('importReportCsv', { jobId });
  /** Call lists with their member counts, by name (the Contacts filter). */
  lists = () => this.call<ListDto[]>('lists');

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
            reject(new CrmError('internal', `import failed: ${ended.message}`, ended.details));
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
function importFailure(code: ErrorCode, failure: FailureDetails): CrmError {
  return new CrmError(code, code === 'internal' ? failureMessage('import failed', failure) : failure.message, failure);
}
