import type { Database } from 'better-sqlite3';

/** Campaign methods served by the CRM's DB worker (same connection, same thread as the CRM). */
export function campaignDbHandlers(_db: Database) {
  return {};
}
