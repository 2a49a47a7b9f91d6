import type { Database } from 'better-sqlite3';
import type { ImportCounts } from '../../../../common/crm';
import { dropDeferrableIndexes, dropRowTriggers, recreateIndexes } from './bulk-load-indexes';
import { discardStaged } from './batch-stager';
import { finishJob } from './import-jobs';
import { FTS_DEFAULT_AUTOMERGE, swapInPendingIndex } from './pending-search-index';
import { stagedSearchRow } from '../db/search-index';
import type { ImportJobRow } from './import-jobs';

/**
 * Moves a job's staged rows into the live tables in ONE transaction, statement by statement
 * (INSERT … SELECT over jsonb_each): readers see the whole list or none of it, and a crash here
 * leaves the staged rows for a resume. A contact's id is the id before publishing plus its source
 * line, so phones, notes and tags find their contact without a lookup.
 * jsonb_each, not json_each: its rows are binary JSON, so `value ->> n` reads a field without
 * re-parsing the row's text for every column (half the cost of the phones insert).
 * A first import into an empty database brings its search index already built (pending-search-index.ts).
 */
export function publishImport(db: Database, job: ImportJobRow, counts: ImportCounts, now: number): void {
  // Every row published below references a contact or list created in this same transaction, by
  // construction; per-row foreign-key lookups would only re-prove that (~10% of the publish).
  // The pragma cannot change inside a transaction, hence around it (this connection only).
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    publish(db, job, counts, now);
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
}

function publish(db: Database, job: ImportJobRow, counts: ImportCounts, now: number): void {
  db.transaction(() => {
    const base = db.prepare('SELECT coalesce(max(id), 0) FROM contacts').pluck().get() as number;
    const bulk = base === 0;
    const deferred = [...(bulk ? dropDeferrableIndexes(db) : []), ...dropRowTriggers(db)];
    const late = bulk ? 0 : reportLateDuplicates(db, job.id);
    counts.imported -= late;
    counts.duplicates += late;
    // rows reported just above stay out; an empty database cannot have any, so the check is skipped
    const notReported = (alias: string) =>
      late ? `AND NOT EXISTS (SELECT 1 FROM import_issues i WHERE i.job_id = @job AND i.line = ${alias}.value ->> 0)` : '';
    const params = { job: job.id, base, now };

    const { changes: imported } = db.prepare(
      `INSERT INTO contacts(id, name, company, extra, created_at, updated_at)
       SELECT @base + (c.value ->> 0), c.value ->> 1, c.value ->> 2, coalesce(c.value ->> 4, '{}'), @now, @now
       FROM import_staged_batches b CROSS JOIN jsonb_each(b.contacts) c WHERE b.job_id = @job ${notReported('c')} ORDER BY b.first_line`,
    ).run(params);
    db.prepare(
      `INSERT INTO contact_phones(contact_id, position, phone_key, e164, national, extension, kind, raw)
       SELECT @base + (p.value ->> 0), p.value ->> 1, p.value ->> 2, p.value ->> 3, p.value ->> 4, p.value ->> 5, p.value ->> 6, p.value ->> 7
       FROM import_staged_batches b CROSS JOIN jsonb_each(b.phones) p WHERE b.job_id = @job ${notReported('p')} ORDER BY b.first_line`,
    ).run({ job: job.id, base });
    db.prepare(
      `INSERT INTO notes(contact_id, body, created_at) SELECT @base + (n.value ->> 0), n.value ->> 1, @now
       FROM import_staged_batches b CROSS JOIN jsonb_each(b.notes) n WHERE b.job_id = @job ${notReported('n')}`,
    ).run(params);
    publishTags(db, job.id, base, notReported('t'));
    if (job.listName !== null) {
      const listId = ensureList(db, job.listName, now);
      db.prepare('INSERT INTO list_members(list_id, contact_id) SELECT ?, id FROM contacts WHERE id > ?').run(listId, base);
      // a list is a set of customers: one already known joins it too (a follow-up list of existing
      // customers can then be dialled); the report still names the row as already a contact
      if (late) {
        db.prepare(
          `INSERT OR IGNORE INTO list_members(list_id, contact_id)
           SELECT DISTINCT @list, cp.contact_id FROM import_staged_batches b CROSS JOIN jsonb_each(b.phones) p
           JOIN contact_phones cp ON cp.phone_key = p.value ->> 2 WHERE b.job_id = @job AND cp.contact_id <= @base`,
        ).run({ list: listId, job: job.id, base });
      }
    }
    if (!swapInPendingIndex(db, job.id, base)) indexStaged(db, params, notReported('c'));
    recreateIndexes(db, deferred);
    db.prepare('UPDATE crm_stats SET contacts = contacts + ? WHERE id = 1').run(imported);
    discardStaged(db, job.id);
    finishJob(db, job.id, counts, 'completed', null);
  }).immediate();
}

/**
 * Staging never looks at the live tables (they may change until the write lock is held), so
 * numbers stored meanwhile or before are found here. Returns how many rows became duplicates.
 */
function reportLateDuplicates(db: Database, jobId: number): number {
  return db.prepare(
    `INSERT OR IGNORE INTO import_issues(job_id, line, reason, value, detail)
     SELECT @job, p.value ->> 0, 'duplicateInDatabase', p.value ->> 7, json_object('code', 'existingContact', 'contactId', cp.contact_id)
     FROM import_staged_batches b CROSS JOIN jsonb_each(b.phones) p CROSS JOIN contact_phones cp ON cp.phone_key = p.value ->> 2
     WHERE b.job_id = @job`,
  ).run({ job: jobId }).changes;
}

/**
 * One INSERT … SELECT is twice as fast as an INSERT per contact. Automatic segment merging is paused
 * for the load (about 15% of the build) and re-enabled in the same transaction; later writes
 * resume merging and crisis merges still cap the number of segments.
 */
function indexStaged(db: Database, params: { job: number; base: number }, notReported: string): void {
  db.exec(`INSERT INTO contact_search(contact_search, rank) VALUES ('automerge', 0)`);
  db.prepare(
    `INSERT INTO contact_search(rowid, name, company, phones)
     SELECT ${stagedSearchRow('c', '@base + (c.value ->> 0)')}
     FROM import_staged_batches b CROSS JOIN jsonb_each(b.contacts) c WHERE b.job_id = @job ${notReported} ORDER BY b.first_line`,
  ).run({ job: params.job, base: params.base });
  db.exec(`INSERT INTO contact_search(contact_search, rank) VALUES ('automerge', ${FTS_DEFAULT_AUTOMERGE})`);
}

function publishTags(db: Database, jobId: number, base: number, notReported: string): void {
  const tagsOf = 'import_staged_batches b CROSS JOIN jsonb_each(b.tags) t';
  db.prepare(`INSERT INTO tags(name) SELECT DISTINCT t.value ->> 1 FROM ${tagsOf} WHERE b.job_id = ? ON CONFLICT(name) DO NOTHING`).run(jobId);
  db.prepare(
    `INSERT OR IGNORE INTO contact_tags(contact_id, tag_id) SELECT @base + (t.value ->> 0), g.id
     FROM ${tagsOf} JOIN tags g ON g.name = t.value ->> 1 WHERE b.job_id = @job ${notReported}`,
  ).run({ job: jobId, base });
}

function ensureList(db: Database, name: string, now: number): number {
  return db
    .prepare('INSERT INTO lists(name, created_at) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET name = excluded.name RETURNING id')
    .pluck()
    .get(name, now) as number;
}
