import { SqliteAdapter, sql, type Kysely } from 'kysely';

// SQLite only (PostgreSQL is left as it is). party_slots and nonces are written on every bind and
// every signed request, and are read by their primary key. As rowid tables each insert touched the
// table, the primary-key index and every secondary index; WITHOUT ROWID stores rows in the
// primary-key B-tree itself, one tree fewer to write and one fewer to descend on a route lookup.
// party_slots_binding goes too: a binding's slots are found by (x, party) like everything else.
const rebuild = [
  `CREATE TABLE party_slots_clustered (x text NOT NULL, party_hash text NOT NULL, binding_id text NOT NULL, PRIMARY KEY (x, party_hash)) WITHOUT ROWID`,
  `INSERT INTO party_slots_clustered (x, party_hash, binding_id) SELECT x, party_hash, binding_id FROM party_slots`,
  `DROP TABLE party_slots`,
  `ALTER TABLE party_slots_clustered RENAME TO party_slots`,
  `CREATE INDEX party_slots_party ON party_slots (party_hash, x)`,
  `CREATE TABLE nonces_clustered (key_id text NOT NULL, nonce text NOT NULL, seen_at bigint NOT NULL, PRIMARY KEY (key_id, nonce)) WITHOUT ROWID`,
  `INSERT INTO nonces_clustered (key_id, nonce, seen_at) SELECT key_id, nonce, seen_at FROM nonces`,
  `DROP TABLE nonces`,
  `ALTER TABLE nonces_clustered RENAME TO nonces`,
  `CREATE INDEX nonces_seen ON nonces (seen_at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  for (const statement of rebuild) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  for (const statement of [
    `CREATE TABLE party_slots_rowid (x text NOT NULL, party_hash text NOT NULL, binding_id text NOT NULL, CONSTRAINT party_slots_pk PRIMARY KEY (x, party_hash))`,
    `INSERT INTO party_slots_rowid SELECT x, party_hash, binding_id FROM party_slots`,
    `DROP TABLE party_slots`,
    `ALTER TABLE party_slots_rowid RENAME TO party_slots`,
    `CREATE INDEX party_slots_party ON party_slots (party_hash, x)`,
    `CREATE INDEX party_slots_binding ON party_slots (binding_id)`,
    `CREATE TABLE nonces_rowid (key_id text NOT NULL, nonce text NOT NULL, seen_at bigint NOT NULL, CONSTRAINT nonces_pk PRIMARY KEY (key_id, nonce))`,
    `INSERT INTO nonces_rowid SELECT key_id, nonce, seen_at FROM nonces`,
    `DROP TABLE nonces`,
    `ALTER TABLE nonces_rowid RENAME TO nonces`,
    `CREATE INDEX nonces_seen ON nonces (seen_at)`,
  ]) await sql.raw(statement).execute(db);
}
