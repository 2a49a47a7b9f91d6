// Kysely's SQLite driver calls db.prepare(sql) for every query, and compiling a statement costs
// more than running it on an indexed table. Queries built by Kysely repeat the same SQL text with
// different parameters, so one prepared statement per distinct SQL string is enough.
import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Far above the number of distinct queries the server issues; a cap so ad-hoc SQL cannot grow memory. */
const MAX_STATEMENTS = 500;

export function withStatementCache(db: SQLite.Database, close: () => void = () => db.close()): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close,
    prepare(sql) {
      let stmt = cache.get(sql);
      if (!stmt) {
        if (cache.size >= MAX_STATEMENTS) cache.clear();
        stmt = db.prepare(sql) as unknown as SqliteStatement;
        cache.set(sql, stmt);
      }
      return stmt;
    },
  };
}
