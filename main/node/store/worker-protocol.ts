import type { ImportProgress, ImportSummary, StartImportRequest } from '../../../common/crm';
import type { ErrorCode } from './store-errors';
import type { FailureReason } from '../../../common/ipc/failure-reason';
import type { FailureDetails } from './worker-failure';

/**
 * Messages between StoreClient (client/) and the DB worker (worker/) (Signal's ts/sql pattern): every request carries a
 * seq number; failures come back as values, never as exceptions crossing the thread boundary.
 */
export interface WorkerRequest {
  seq: number;
  method: string;
  params: unknown;
}

export type WorkerResponse =
  | { seq: number; ok: true; value: unknown }
  | { seq: number; ok: false; error: { code: ErrorCode; message: string; reason?: FailureReason } };

/** Import workers (crm/import/import-worker.ts) additionally stream progress; `cancel` is the only message they accept. */
export type ImportWorkerEvent =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; summary: ImportSummary }
  | { type: 'error'; code: ErrorCode; failure: FailureDetails };
export type ImportWorkerCommand = { type: 'cancel' };

/** What an import worker is started for: a new import, or carrying on an interrupted one. */
export type ImportTask = { kind: 'start'; request: StartImportRequest } | { kind: 'resume'; jobId: number };
export interface ImportWorkerData {
  dbPath: string;
  task: ImportTask;
}
