import type { Database, Statement } from 'better-sqlite3';
import type { StagedBatch } from './parse-protocol';
import { dropPendingIndex, hasPendingIndex, indexPendingBatch } from './pending-search-index';

/**
 * Commits each staged batch (built by the parse worker) together with the job's progress, so after
 * a crash the job row says exactly which lines are done; the job's pending search index, if it has
 * one, takes the batch's contacts in the same transaction.
 */
export class BatchStager {
  private readonly insertBatch: Statement;
  private readonly insertIssue: Statement;
  private readonly saveProgress: Statement;
  private readonly pendingIndex: boolean;

  constructor(private readonly db: Database, private readonly jobId: number) {
    this.insertBatch = db.prepare('INSERT INTO import_staged_batches(job_id, first_line, contacts, phones, notes, tags) VALUES (?, ?, ?, ?, ?, ?)');
    this.insertIssue = db.prepare('INSERT INTO import_issues(job_id, line, reason, value, detail) VALUES (?, ?, ?, ?, ?)');
    this.saveProgress = db.prepare(
      'UPDATE import_jobs SET staged_line = ?, rows = ?, imported = ?, duplicates = ?, invalid = ?, dnc = ? WHERE id = ?',
    );
    this.pendingIndex = hasPendingIndex(db, jobId);
  }

  commit(batch: StagedBatch): void {
    const { counts } = batch;
    this.db.transaction(() => {
      if (batch.firstLine !== null) {
        this.insertBatch.run(this.jobId, batch.firstLine, batch.contacts, batch.phones, batch.notes, batch.tags);
        if (this.pendingIndex) indexPendingBatch(this.db, this.jobId, batch.contacts);
      }
      for (const i of batch.issues) this.insertIssue.run(this.jobId, i.line, i.reason, i.value, JSON.stringify(i.detail));
      this.saveProgress.run(batch.lastLine, counts.rows, counts.imported, counts.duplicates, counts.invalid, counts.dnc, this.jobId);
    }).immediate();
  }
}

/** Numbers already staged by an earlier run of this job, with the line that claimed each. */
export function stagedPhoneLines(db: Database, jobId: number): Map<string, number> {
  const rows = db
    .prepare(`SELECT p.value ->> 2, p.value ->> 0 FROM import_staged_batches b CROSS JOIN jsonb_each(b.phones) p WHERE b.job_id = ?`)
    .raw()
    .all(jobId) as [string, number][];
  return new Map(rows);
}

export function discardStaged(db: Database, jobId: number): void {
  db.prepare('DELETE FROM import_staged_batches WHERE job_id = ?').run(jobId);
  dropPendingIndex(db, jobId);
}
