import type { Database } from 'better-sqlite3';
import { migrations, LATEST_VERSION } from './migrations';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings the database to `target` (default: latest), one transaction per step so a crash never leaves a half-migrated schema. */
export function migrate(db: Database, target = LATEST_VERSION): number {
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) {
    throw new Error(`CRM database is version ${current}, newer than this Dialdeck (${LATEST_VERSION}); update Dialdeck`);
  }
  for (let version = current; version < target; version++) {
    db.transaction(() => {
      db.exec(migrations[version]!);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
  return schemaVersion(db);
}
