import type { Database } from 'better-sqlite3';
import * as m0001 from './migrations/0001-contacts';
import * as m0002 from './migrations/0002-follow-ups-calls-dnc-imports';
import * as m0003 from './migrations/0003-search';
import * as m0004 from './migrations/0004-prefix-search-in-trigram-index';
import * as m0005 from './migrations/0005-resumable-imports';
import * as m0006 from './migrations/0006-call-campaigns';
import * as m0007 from './migrations/0007-campaigns-compliance';
import * as m0008 from './migrations/0008-hourly-stats-summary';
import * as m0009 from './migrations/0009-not-placed-dials';

/**
 * Append-only: a shipped migration is never edited, because agents' databases already ran it.
 * Version N is reached by running migrations[0..N-1]; PRAGMA user_version records N.
 * A new migration is the next numbered file in migrations/, added at the end of this list.
 */
export const migrations: readonly string[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008, m0009].map((m) => m.sql);

export const LATEST_VERSION = migrations.length;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database to `target` (default: latest), one transaction per step so a crash never leaves a half-migrated schema.
 * Several connections open the same file at once (the service's DB worker and an import worker started right after it),
 * so each step re-reads the version under the write lock: a version read before waiting for the lock may already be stale,
 * and running its migration again fails with "table … already exists".
 */
export function migrate(db: Database, target = LATEST_VERSION): number {
  const seen = schemaVersion(db);
  checkNotNewer(seen);
  // up to date: no write lock (an import may hold it for seconds while publishing)
  if (seen >= target) return seen;
  const step = db.transaction((): boolean => {
    const version = schemaVersion(db);
    checkNotNewer(version);
    if (version >= target) return false;
    db.exec(migrations[version]!);
    db.pragma(`user_version = ${version + 1}`);
    return true;
  });
  while (step.immediate());
  return schemaVersion(db);
}

function checkNotNewer(version: number): void {
  if (version > LATEST_VERSION) {
    throw new Error(`CRM database is version ${version}, newer than this Dialdeck (${LATEST_VERSION}); update Dialdeck`);
  }
}
