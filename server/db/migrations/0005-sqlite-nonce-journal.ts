import { SqliteAdapter, sql, type Kysely } from 'kysely';

// SQLite only. A nonce's primary key (key_id, nonce) is random, so every signed request dirtied a
// random page of that B-tree and the group commit wrote it to the WAL: ~15 µs a request, more than
// the route lookup itself. On SQLite (one server instance) replays are refused from memory
// (security/recent-nonces.ts) and this table becomes a journal in arrival order, appended to and
// read back at start-up so a restart forgets no nonce. PostgreSQL keeps the unique key: there
// several instances share it.
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  for (const statement of [
    `CREATE TABLE nonces_journal (key_id text NOT NULL, nonce text NOT NULL, seen_at bigint NOT NULL)`,
    `INSERT INTO nonces_journal (key_id, nonce, seen_at) SELECT key_id, nonce, seen_at FROM nonces ORDER BY seen_at`,
    `DROP TABLE nonces`,
    `ALTER TABLE nonces_journal RENAME TO nonces`,
    `CREATE INDEX nonces_seen ON nonces (seen_at)`,
  ]) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  for (const statement of [
    `CREATE TABLE nonces_clustered (key_id text NOT NULL, nonce text NOT NULL, seen_at bigint NOT NULL, PRIMARY KEY (key_id, nonce)) WITHOUT ROWID`,
    `INSERT OR IGNORE INTO nonces_clustered (key_id, nonce, seen_at) SELECT key_id, nonce, seen_at FROM nonces`,
    `DROP TABLE nonces`,
    `ALTER TABLE nonces_clustered RENAME TO nonces`,
    `CREATE INDEX nonces_seen ON nonces (seen_at)`,
  ]) await sql.raw(statement).execute(db);
}
