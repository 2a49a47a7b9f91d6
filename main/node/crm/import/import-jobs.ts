import type { Database } from 'better-sqlite3';
import { HeaderMapping } from '../../../../common/crm';
import type { ImportCounts, ImportSummary } from '../../../../common/crm';
import { NotFoundError, ImportInputError } from '../../store/store-errors';
import { reason } from '../../../../common/ipc/failure-reason';

/** What a resume needs to carry on exactly where the killed run stopped. */
export interface ImportJobRow {
  id: number;
  file: string;
  listName: string | null;
  mapping: HeaderMapping;
  fileSize: number;
  fileMtime: number;
  /** Last source line whose outcome (staged row or issue) is committed; the header is line 1. */
  stagedLine: number;
  counts: ImportCounts;
}

export interface FileFingerprint {
  size: number;
  mtimeMs: number;
}

export function createJob(db: Database, file: string, listName: string | null, mapping: HeaderMapping, fingerprint: FileFingerprint, now: number): ImportJobRow {
  const id = Number(
    db.prepare(
      `INSERT INTO import_jobs(file, list_name, mapping, file_size, file_mtime, status, started_at) VALUES (?, ?, ?, ?, ?, 'running', ?)`,
    ).run(file, listName, JSON.stringify(mapping), fingerprint.size, Math.trunc(fingerprint.mtimeMs), now).lastInsertRowid,
  );
  return {
    id, file, listName, mapping, fileSize: fingerprint.size, fileMtime: Math.trunc(fingerprint.mtimeMs), stagedLine: 1,
    counts: { rows: 0, imported: 0, duplicates: 0, invalid: 0, dnc: 0 },
  };
}

/** Only an interrupted job can be resumed: a running one belongs to a live process, a finished one is done. */
export function loadResumableJob(db: Database, jobId: number): ImportJobRow {
  const row = db
    .prepare(
      `SELECT id, file, list_name AS listName, mapping, file_size AS fileSize, file_mtime AS fileMtime, staged_line AS stagedLine,
              status, rows, imported, duplicates, invalid, dnc FROM import_jobs WHERE id = ?`,
    )
    .get(jobId) as (Omit<ImportJobRow, 'mapping' | 'counts'> & ImportCounts & { mapping: string | null; status: string }) | undefined;
  if (!row) throw new NotFoundError(`import job ${jobId} not found`, reason('import.jobMissing'));
  if (row.status !== 'interrupted') throw new ImportInputError(`import job ${jobId} is ${row.status}; only an interrupted import can be resumed`, reason('import.notResumable'));
  if (row.mapping === null) throw new ImportInputError(`import job ${jobId} predates resumable imports; import the file again`, reason('import.resumeTooOld'));
  const { rows, imported, duplicates, invalid, dnc, mapping, status: _status, ...job } = row;
  return { ...job, mapping: HeaderMapping.parse(JSON.parse(mapping)), counts: { rows, imported, duplicates, invalid, dnc } };
}

export function finishJob(db: Database, jobId: number, counts: ImportCounts, status: ImportSummary['status'], error: string | null): void {
  db.prepare(
    `UPDATE import_jobs SET status = ?, rows = ?, imported = ?, duplicates = ?, invalid = ?, dnc = ?, finished_at = ?, error = ? WHERE id = ?`,
  ).run(status, counts.rows, counts.imported, counts.duplicates, counts.invalid, counts.dnc, Date.now(), error, jobId);
}

export function markResumed(db: Database, jobId: number, now: number): void {
  db.prepare(`UPDATE import_jobs SET status = 'running', finished_at = NULL, error = NULL, started_at = ? WHERE id = ?`).run(now, jobId);
}
