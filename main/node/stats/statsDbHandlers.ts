import type { Database } from 'better-sqlite3';

/** Stats-board queries served by the CRM's DB worker. */
export function statsDbHandlers(_db: Database) {
  return {};
}
