import type { Database } from 'better-sqlite3';
import { migrations, LATEST_VERSION } from './migrations';

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
