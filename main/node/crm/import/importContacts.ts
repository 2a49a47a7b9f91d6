import type { Database } from 'better-sqlite3';
import { hasPhoneColumn, rowToContact, suggestMapping } from '../../../../common/crm';
import type { HeaderMapping, ImportCounts, ImportProgress, ImportSummary, RowIssue } from '../../../../common/crm';
import { openTable } from './openTable';
import { ImportFilters } from './importFilters';
import { ContactWriter } from './contactWriter';
import { dropDeferrableIndexes, dropRowTriggers, recreateIndexes } from './bulkLoadIndexes';
import { ImportCancelledError, ImportInputError } from './importErrors';
import { ProgressMeter } from './progressMeter';

export interface ImportOptions {
  file: string;
  mapping?: HeaderMapping;
  listName?: string;
  onProgress?: (progress: ImportProgress) => void;
  /** Checked between rows; true rolls the whole import back. */
  isCancelled?: () => boolean;
  progressIntervalMs?: number;
}

/**
 * The whole file is imported in ONE transaction: a cancel, an error, a crash or kill -9 leaves the
 * database exactly as before (SQLite discards the uncommitted WAL frames on next open), and the job
 * row, committed separately, tells the user what happened. WAL keeps searches on other connections
 * running meanwhile; writes from other connections wait for the commit (busy_timeout).
 */
export async function importContacts(db: Database, options: ImportOptions): Promise<ImportSummary> {
  const started = Date.now();
  const table = await openTable(options.file);
  const mapping = options.mapping ?? suggestMapping(table.headers);
  if (!hasPhoneColumn(mapping)) {
    table.close();
    throw new ImportInputError(`no phone column: map one of [${table.headers.join(', ')}] to phone (expected a header such as 手机, 电话 or phone)`);
  }
  const jobId = Number(
    db.prepare(`INSERT INTO import_jobs(file, list_name, status, started_at) VALUES (?, ?, 'running', ?)`)
      .run(options.file, options.listName ?? null, started).lastInsertRowid,
  );
  const counts: ImportCounts = { rows: 0, imported: 0, duplicates: 0, invalid: 0, dnc: 0 };
  const meter = new ProgressMeter(jobId, counts, table.progress, options.onProgress, options.progressIntervalMs);
  let status: ImportSummary['status'] = 'completed';
  let error: string | null = null;

  db.exec('BEGIN IMMEDIATE');
  try {
    const lastIdBefore = (db.prepare('SELECT coalesce(max(id), 0) FROM contacts').pluck().get() as number);
    const bulk = lastIdBefore === 0;
    const deferred = [...(bulk ? dropDeferrableIndexes(db) : []), ...dropRowTriggers(db)];
    const listId = options.listName ? ensureList(db, options.listName, started) : null;
    const writer = new ContactWriter(db, jobId, listId, started);
    const filters = new ImportFilters(db);
    const firstLineOf = new Map<string, number>();

    for await (const batch of table.batches) {
      for (const { line, cells } of batch) {
        if (options.isCancelled?.()) throw new ImportCancelledError();
        counts.rows++;
        const draft = rowToContact(cells, mapping);
        const issue = classify(line, draft, filters, firstLineOf, bulk ? undefined : writer);
        if (issue) {
          writer.report(issue);
          countIssue(counts, issue);
        } else {
          for (const phone of draft.phones) firstLineOf.set(phone.key, line);
          writer.write(draft);
          counts.imported++;
        }
        meter.tick();
      }
    }
    recreateIndexes(db, deferred);
    db.prepare('UPDATE crm_stats SET contacts = contacts + ? WHERE id = 1').run(counts.imported);
    finishJob(db, jobId, counts, 'completed', null);
    db.exec('COMMIT');
  } catch (caught) {
    db.exec('ROLLBACK');
    status = caught instanceof ImportCancelledError ? 'cancelled' : 'failed';
    error = caught instanceof Error ? caught.message : String(caught);
    finishJob(db, jobId, counts, status, error);
    if (status === 'failed') throw caught;
  } finally {
    table.close();
  }
  meter.flush();
  return { jobId, ...counts, status, error, ms: Date.now() - started };
}

function classify(
  line: number,
  draft: ReturnType<typeof rowToContact>,
  filters: ImportFilters,
  firstLineOf: Map<string, number>,
  database: ContactWriter | undefined,
): RowIssue | undefined {
  if (draft.phones.length === 0) {
    const value = draft.rejectedPhones.join(' / ');
    return { line, reason: 'invalid', value, detail: value ? 'not a valid phone number' : 'no phone number' };
  }
  const rejection = filters.check(draft.phones);
  if (rejection) return { line, ...rejection };
  for (const phone of draft.phones) {
    const earlier = firstLineOf.get(phone.key);
    if (earlier !== undefined) return { line, reason: 'duplicateInFile', value: phone.raw, detail: `same number as line ${earlier}` };
    const owner = database?.owner(phone.key);
    if (owner !== undefined) return { line, reason: 'duplicateInDatabase', value: phone.raw, detail: `already stored for contact ${owner}` };
  }
  return undefined;
}

function countIssue(counts: ImportCounts, issue: RowIssue): void {
  if (issue.reason === 'invalid') counts.invalid++;
  else if (issue.reason === 'dnc' || issue.reason === 'highComplaint') counts.dnc++;
  else counts.duplicates++;
}

function ensureList(db: Database, name: string, now: number): number {
  return db
    .prepare('INSERT INTO lists(name, created_at) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET name = excluded.name RETURNING id')
    .pluck()
    .get(name, now) as number;
}

function finishJob(db: Database, jobId: number, counts: ImportCounts, status: string, error: string | null): void {
  db.prepare(
    `UPDATE import_jobs SET status = ?, rows = ?, imported = ?, duplicates = ?, invalid = ?, dnc = ?, finished_at = ?, error = ? WHERE id = ?`,
  ).run(status, counts.rows, counts.imported, counts.duplicates, counts.invalid, counts.dnc, Date.now(), error, jobId);
}
