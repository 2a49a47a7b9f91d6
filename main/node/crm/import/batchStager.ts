import type { Database, Statement } from 'better-sqlite3';
import type { ContactDraft, ImportCounts, RowIssue } from '../../../../common/crm';
import { searchableDigits } from '../db/searchIndex';

type StagedContact = [line: number, name: string, company: string, searchDigits: string, extra?: string];
type StagedPhone = [line: number, position: number, key: string, e164: string, national: string, extension: string | null, kind: string, raw: string];

/**
 * Collects accepted rows and issues of one batch and commits them together with the job's progress,
 * so after a crash the job row says exactly which lines are done. A batch is stored as one row of
 * JSON: staging then costs about as much as writing a file, and jsonb_each expands it at publish.
 */
export class BatchStager {
  private contacts: StagedContact[] = [];
  private phones: StagedPhone[] = [];
  private notes: [number, string][] = [];
  private tags: [number, string][] = [];
  private issues: RowIssue[] = [];
  private readonly insertBatch: Statement;
  private readonly insertIssue: Statement;
  private readonly saveProgress: Statement;

  constructor(private readonly db: Database, private readonly jobId: number) {
    this.insertBatch = db.prepare('INSERT INTO import_staged_batches(job_id, first_line, contacts, phones, notes, tags) VALUES (?, ?, ?, ?, ?, ?)');
    this.insertIssue = db.prepare('INSERT INTO import_issues(job_id, line, reason, value, detail) VALUES (?, ?, ?, ?, ?)');
    this.saveProgress = db.prepare(
      'UPDATE import_jobs SET staged_line = ?, rows = ?, imported = ?, duplicates = ?, invalid = ?, dnc = ? WHERE id = ?',
    );
  }

  add(line: number, draft: ContactDraft): void {
    // extra is left out when empty (most rows); publish reads a missing one as '{}'
    const extra = Object.keys(draft.extra).length ? JSON.stringify(draft.extra) : undefined;
    const digits = searchableDigits(draft.phones);
    this.contacts.push(extra ? [line, draft.name, draft.company, digits, extra] : [line, draft.name, draft.company, digits]);
    for (let position = 0; position < draft.phones.length; position++) {
      const p = draft.phones[position]!;
      this.phones.push([line, position, p.key, p.e164, p.national, p.extension ?? null, p.kind, p.raw]);
    }
    if (draft.note) this.notes.push([line, draft.note]);
    for (const tag of draft.tags) this.tags.push([line, tag]);
  }

  report(issue: RowIssue): void {
    this.issues.push(issue);
  }

  /** Commits everything collected since the last commit; `lastLine` is the last line read. */
  commit(lastLine: number, counts: ImportCounts): void {
    this.db.transaction(() => {
      if (this.contacts.length) {
        const json = [this.contacts, this.phones, this.notes, this.tags].map((rows) => JSON.stringify(rows));
        this.insertBatch.run(this.jobId, this.contacts[0]![0], ...json);
      }
      for (const i of this.issues) this.insertIssue.run(this.jobId, i.line, i.reason, i.value, i.detail);
      this.saveProgress.run(lastLine, counts.rows, counts.imported, counts.duplicates, counts.invalid, counts.dnc, this.jobId);
    }).immediate();
    this.contacts = [];
    this.phones = [];
    this.notes = [];
    this.tags = [];
    this.issues = [];
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
}
