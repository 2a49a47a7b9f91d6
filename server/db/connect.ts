// DATABASE_URL picks the engine: postgres://… for several instances behind a load balancer,
// anything else is a SQLite file path (the zero-configuration default).
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from './db-schema';
import { startCheckpointer } from './checkpointer';
import { withStatementCache } from './statement-cache';

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  /** the raw connection, for the SQLite fast paths (find-route.ts, create-sqlite.ts, sqlite-batch.ts); absent on PostgreSQL */
  sqlite?: SQLite.Database;
}

const INT8_OID = 20;

export function connect(url: string): Db {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({
      connectionString: url,
      max: 10,
      // epoch-ms values fit a double exactly; without this pg returns int8 as strings
      types: { getTypeParser: (oid, format) => (oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format)) },
    });
    return { kysely: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres' };
  }
  const file = url.replace(/^sqlite:/, '');
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  // At a million bindings the indexes outgrow any page cache, so reads go through a mapping of the
  // file (the OS page cache) instead of read() syscalls. SQLite's own cache then mostly holds the
  // pages a transaction writes, and it is kept SMALL on purpose: when a B-tree page split reorders
  // its new pages, SQLite parks one under the page number of the 1 GiB lock byte, and the COMMIT
  // that follows walks the whole page-cache hash table to drop it again (pcache1TruncateUnsafe).
  // With a 64 MiB cache that walk cost ~500 µs per commit, a third of a bind's CPU.
  sqlite.pragma('cache_size = -4096'); // KiB
  sqlite.pragma('mmap_size = 2147418112'); // SQLite's default compile-time ceiling (SQLITE_MAX_MMAP_SIZE)
  // checkpoints run in a worker (checkpointer.ts); this only bounds the WAL should it ever stop
  sqlite.pragma('wal_autocheckpoint = 16384');
  sqlite.pragma('journal_size_limit = 67108864');
  const checkpointer = file === ':memory:' ? undefined : startCheckpointer(file);
  const close = () => {
    checkpointer?.stop(); // first, so this close is the last one and cleans up the WAL
    sqlite.close();
  };
  return { kysely: new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite, close) }) }), dialect: 'sqlite', sqlite };
}

/** The same unique-constraint failure, as each engine reports it. */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
