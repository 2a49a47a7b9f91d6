import type { Database } from 'better-sqlite3';
import { stat } from 'node:fs/promises';
import { hasPhoneColumn, suggestMapping } from '../../../../common/crm';
import type { HeaderMapping, ImportProgress, ImportSummary } from '../../../../common/crm';
import { loadFilterLists } from './import-filters';
import { BatchStager, discardStaged, stagedPhoneLines } from './batch-stager';
import { createJob, finishJob, loadResumableJob, markResumed } from './import-jobs';
import type { FileFingerprint, ImportJobRow } from './import-jobs';
import { publishImport } from './publish-import';
import { ImportCancelledError } from './import-errors';
import { ImportInputError } from '../../store/store-errors';
import { ProgressMeter } from './progress-meter';
import { ParserThread } from './parser-thread';
import type { SpawnParser } from './parser-thread';
import { describeFailure } from '../../store/worker-failure';
import { createPendingIndex } from './pending-search-index';
import { checkImportable } from './open-table';
import { reason } from '../../../../common/ipc/failure-reason';

export interface RunOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Checked between batches; true discards what this job staged. */
  isCancelled?: () => boolean;
  progressIntervalMs?: number;
  /** Starts the parse worker; by default the real one (tests start one that fails on purpose). */
  spawnParser?: SpawnParser;
}

export interface ImportOptions extends RunOptions {
  file: string;
  mapping?: HeaderMapping;
  listName?: string;
}

/**
 * Rows are read, normalised and checked on a parse worker (parse-worker.ts) while this thread, the
 * SQLite writer, commits the previous batch into staging (see BatchStager). The live tables change
 * only in the final publish transaction, so a cancel, an error, a crash or kill -9 never shows a
 * half-imported list; after a crash the job is 'interrupted' and resumeImport carries on from its
 * last committed batch instead of starting over.
 */
export async function importContacts(db: Database, options: ImportOptions): Promise<ImportSummary> {
  const started = Date.now();
  checkImportable(options.file);
  const { parser, headers } = await ParserThread.open(options.file, options.spawnParser);
  try {
    const mapping = options.mapping ?? suggestMapping(headers);
    if (!hasPhoneColumn(mapping)) {
      throw new ImportInputError(`no phone column: map one of [${headers.join(', ')}] to phone (expected a header such as 手机, 电话 or phone)`, reason('import.noPhoneColumn'));
    }
    const job = createJob(db, options.file, options.listName ?? null, mapping, await fingerprint(options.file), started);
    createPendingIndex(db, job.id);
    return await runJob(db, job, parser, options, started);
  } finally {
    await parser.close();
  }
}

/** Continues an interrupted job after its last committed batch; refuses if the file changed since. */
export async function resumeImport(db: Database, jobId: number, options: RunOptions = {}): Promise<ImportSummary> {
  const started = Date.now();
  const job = loadResumableJob(db, jobId);
  const current = await fingerprint(job.file).catch(() => {
    throw new ImportInputError(`cannot resume import ${jobId}: ${job.file} is gone; put it back or import again`, reason('import.resumeFileGone'));
  });
  // committed lines are only meaningful for the very same file
  if (current.size !== job.fileSize || Math.trunc(current.mtimeMs) !== job.fileMtime) {
    throw new ImportInputError(`cannot resume import ${jobId}: ${job.file} changed since the import started; import it again`, reason('import.resumeFileChanged'));
  }
  const { parser } = await ParserThread.open(job.file, options.spawnParser);
  try {
    markResumed(db, jobId, started);
    return await runJob(db, job, parser, options, started);
  } finally {
    await parser.close();
  }
}

async function runJob(db: Database, job: ImportJobRow, parser: ParserThread, options: RunOptions, started: number): Promise<ImportSummary> {
  const counts = { ...job.counts };
  let fraction: number | null = null;
  const meter = new ProgressMeter(job.id, options.onProgress, options.progressIntervalMs);
  let status: ImportSummary['status'] = 'completed';
  let error: string | null = null;
  try {
    const stager = new BatchStager(db, job.id);
    parser.start({ mapping: job.mapping, stagedLine: job.stagedLine, counts, filters: loadFilterLists(db), firstLineOf: stagedPhoneLines(db, job.id) });
    for await (const batch of parser.batches()) {
      if (options.isCancelled?.()) throw new ImportCancelledError();
      stager.commit(batch);
      Object.assign(counts, batch.counts);
      fraction = batch.fraction;
      meter.update(counts, fraction);
    }
    publishImport(db, job, counts, Date.now());
  } catch (caught) {
    status = caught instanceof ImportCancelledError ? 'cancelled' : 'failed';
    error = describeFailure(caught).message; // never empty: it is what the user sees in the job list
    discardStaged(db, job.id);
    finishJob(db, job.id, counts, status, error);
    if (status === 'failed') throw caught;
  }
  meter.flush(counts, fraction);
  return { jobId: job.id, ...counts, status, error, ms: Date.now() - started };
}

/** Refused before a worker is started for it. */
async function fingerprint(file: string): Promise<FileFingerprint> {
  const { size, mtimeMs } = await stat(file);
  return { size, mtimeMs };
}
