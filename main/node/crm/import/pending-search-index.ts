import type { Database } from 'better-sqlite3';
import { stagedSearchRow } from '../db/search-index';

/**
 * A first import into an empty database builds its search index WHILE the rows are read: batch by
 * batch into a private FTS table of the job (the parse worker keeps the other core busy meanwhile),
 * with rowid = source line, which is the contact id when nothing precedes the import. Publishing
 * then swaps that table in for the empty live one instead of indexing a million rows in the publish
 * transaction. The table is committed together with each staged batch, so it survives kill -9 and
 * a resume carries on filling it.
 */
export function pendingIndexName(jobId: number): string {
  return `contact_search_job_${jobId}`;
}

/** FTS5's own default, restored on the live index once a bulk load no longer pauses merging. */
export const FTS_DEFAULT_AUTOMERGE = 4;

/** Created for a new job only when the database has no contacts; otherwise publish indexes as before. */
export function createPendingIndex(db: Database, jobId: number): void {
  if (db.prepare('SELECT 1 FROM contacts LIMIT 1').get()) return;
  const live = db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'contact_search'`).pluck().get() as string;
  // the live table's own definition (columns, tokenizer, contentless options) under the job's name
  const name = pendingIndexName(jobId);
  db.exec(live.replace(/^CREATE VIRTUAL TABLE\s+("?)contact_search\1/i, `CREATE VIRTUAL TABLE ${name}`));
  // Segments pile up instead of being merged as they come (automerge rewrites the index several
  // times over); FTS5's crisis merges still fold each 16 of a level into one, which leaves a handful
  // of segments: cheaper to build, and searches read as few segments as after a one-pass build.
  db.exec(`INSERT INTO ${name}(${name}, rank) VALUES ('automerge', 0)`);
}

export function hasPendingIndex(db: Database, jobId: number): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(pendingIndexName(jobId)) !== undefined;
}

/** Indexes one batch's contacts (the StagedBatch contacts JSON); runs in the batch's transaction. */
export function indexPendingBatch(db: Database, jobId: number, contactsJson: string): void {
  db.prepare(
    `INSERT INTO ${pendingIndexName(jobId)}(rowid, name, company, phones) SELECT ${stagedSearchRow('c', 'c.value ->> 0')} FROM jsonb_each(?) c`,
  ).run(contactsJson);
}

/**
 * Inside the publish transaction: replaces the live index by the job's, if every contact the job
 * publishes has id = line (nothing before it) and the live index is empty. False leaves it to the caller.
 */
export function swapInPendingIndex(db: Database, jobId: number, base: number): boolean {
  if (base !== 0 || !hasPendingIndex(db, jobId) || db.prepare('SELECT 1 FROM contact_search LIMIT 1').get()) return false;
  // RENAME checks every trigger and view, and they name contact_search: they step aside meanwhile
  const dependents = db
    .prepare(`SELECT name, type, sql FROM sqlite_schema WHERE type IN ('trigger', 'view') AND sql LIKE '%contact_search%'`)
    .all() as { name: string; type: string; sql: string }[];
  for (const { name, type } of dependents) db.exec(`DROP ${type.toUpperCase()} "${name}"`);
  db.exec('DROP TABLE contact_search');
  db.exec(`ALTER TABLE ${pendingIndexName(jobId)} RENAME TO contact_search`);
  for (const { sql } of dependents) db.exec(sql);
  // later edits merge the staged segments little by little
  db.exec(`INSERT INTO contact_search(contact_search, rank) VALUES ('automerge', ${FTS_DEFAULT_AUTOMERGE})`);
  return true;
}

export function dropPendingIndex(db: Database, jobId: number): void {
  db.exec(`DROP TABLE IF EXISTS ${pendingIndexName(jobId)}`);
}
