import type { Database } from 'better-sqlite3';
import { stat } from 'node:fs/promises';
import { hasPhoneColumn, rowToContact, suggestMapping } from '../../../../common/crm';
import type { HeaderMapping, ImportProgress, ImportSummary } from '../../../../common/crm';
import { openTable } from './openTable';
import type { OpenedTable } from './tableRows';
import { ImportFilters } from './importFilters';
import { BatchStager, discardStaged, stagedPhoneLines } from './batchStager';
import { classifyRow, countIssue } from './classifyRow';
import { createJob, finishJob, loadResumableJob, markResumed } from './importJobs';
import type { FileFingerprint, ImportJobRow } from './importJobs';
import { publishImport } from './publishImport';
import { ImportCancelledError, ImportInputError } from './importErrors';
import { ProgressMeter } from './progressMeter';

export interface RunOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Checked between rows; true discards what this job staged. */
  isCancelled?: () => boolean;
  progressIntervalMs?: number;
}

export interface ImportOptions extends RunOptions {
  file: string;
  mapping?: HeaderMapping;
  listName?: string;
}

/**
 * Reading and checking rows is committed batch by batch into staging (see BatchStager), and the
 * live tables change only in the final publish transaction. So a cancel, an error, a crash or
 * kill -9 never shows a half-imported list; after a crash the job is 'interrupted' and
 * resumeImport carries on from its last committed batch instead of starting over.
 */
export async function importContacts(db: Database, options: ImportOptions): Promise<ImportSummary> {
  const started = Date.now();
  const table = await openTable(options.file);
  const mapping = options.mapping ?? suggestMapping(table.headers);
  if (!hasPhoneColumn(mapping)) {
    table.close();
    throw new ImportInputError(`no phone column: map one of [${table.headers.join(', ')}] to phone (expected a header such as 手机, 电话 or phone)`);
  }
  const job = createJob(db, options.file, options.listName ?? null, mapping, await fingerprint(options.file), started);
  return runJob(db, job, table, options, started);
}

/** Continues an interrupted job after its last committed batch; refuses if the file changed since. */
export async function resumeImport(db: Database, jobId: number, options: RunOptions = {}): Promise<ImportSummary> {
  const started = Date.now();
  const job = loadResumableJob(db, jobId);
  const current = await fingerprint(job.file).catch(() => {
    throw new ImportInputError(`cannot resume import ${jobId}: ${job.file} is gone; put it back or import again`);
  });
  // committed lines are only meaningful for the very same file
  if (current.size !== job.fileSize || Math.trunc(current.mtimeMs) !== job.fileMtime) {
    throw new ImportInputError(`cannot resume import ${jobId}: ${job.file} changed since the import started; import it again`);
  }
  const table = await openTable(job.file);
  markResumed(db, jobId, started);
  return runJob(db, job, table, options, started);
}

async function runJob(db: Database, job: ImportJobRow, table: OpenedTable, options: RunOptions, started: number): Promise<ImportSummary> {
  const counts = { ...job.counts };
  const meter = new ProgressMeter(job.id, counts, table.progress, options.onProgress, options.progressIntervalMs);
  const stager = new BatchStager(db, job.id);
  const filters = new ImportFilters(db);
  const firstLineOf = stagedPhoneLines(db, job.id);
  let status: ImportSummary['status'] = 'completed';
  let error: string | null = null;
  try {
    for await (const batch of table.batches) {
      const lastLine = batch.at(-1)?.line ?? 0;
      if (lastLine <= job.stagedLine) continue; // committed by the run this one resumes
      for (const { line, cells } of batch) {
        if (line <= job.stagedLine) continue;
        if (options.isCancelled?.()) throw new ImportCancelledError();
        counts.rows++;
        const draft = rowToContact(cells, job.mapping);
        const issue = classifyRow(line, draft, filters, firstLineOf);
        if (issue) {
          stager.report(issue);
          countIssue(counts, issue);
        } else {
          for (const phone of draft.phones) firstLineOf.set(phone.key, line);
          stager.add(line, draft);
          counts.imported++;
        }
        meter.tick();
      }
      stager.commit(lastLine, counts);
    }
    publishImport(db, job, counts, Date.now());
  } catch (caught) {
    status = caught instanceof ImportCancelledError ? 'cancelled' : 'failed';
    error = caught instanceof Error ? caught.message : String(caught);
    discardStaged(db, job.id);
    finishJob(db, job.id, counts, status, error);
    if (status === 'failed') throw caught;
  } finally {
    table.close();
  }
  meter.flush();
  return { jobId: job.id, ...counts, status, error, ms: Date.now() - started };
}

async function fingerprint(file: string): Promise<FileFingerprint> {
  const { size, mtimeMs } = await stat(file);
  return { size, mtimeMs };
}
