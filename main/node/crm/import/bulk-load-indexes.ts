import type { Database } from 'better-sqlite3';

/**
 * Secondary indexes that are cheaper to build once after loading an empty database than to
 * maintain row by row. Dropping them is safe only then: phone uniqueness is enforced in memory
 * while staging and re-checked when contact_phones_key is rebuilt (a violation aborts the import).
 */
const DEFERRABLE_INDEXES = ['contact_phones_key', 'contact_phones_contact', 'list_members_contact'];

/** Runs inside the publish transaction, so a rollback restores the dropped indexes too. */
export function dropDeferrableIndexes(db: Database): string[] {
  const rows = db
    .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND name IN (${DEFERRABLE_INDEXES.map(() => '?').join(',')})`)
    .all(...DEFERRABLE_INDEXES) as { name: string; sql: string }[];
  for (const { name } of rows) db.exec(`DROP INDEX ${name}`);
  return rows.map((r) => r.sql);
}

/** The per-row contact counter is replaced by one UPDATE at the end of the import. */
export function dropRowTriggers(db: Database): string[] {
  const sql = db.prepare(`SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'contacts_count_insert'`).pluck().get() as string;
  db.exec('DROP TRIGGER contacts_count_insert');
  return [sql];
}

/** Recreates what the two functions above dropped (index and trigger SQL alike). */
export function recreateIndexes(db: Database, sqls: readonly string[]): void {
  for (const sql of sqls) db.exec(sql);
}
