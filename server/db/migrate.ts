import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as init from './migrations/0001-init';
import * as livePairIndex from './migrations/0002-live-pair-index';
import * as leadClaims from './migrations/0003-lead-claims';
import * as sqliteClusteredKeys from './migrations/0004-sqlite-clustered-keys';
import * as sqliteNonceJournal from './migrations/0005-sqlite-nonce-journal';
import type { Database } from './db-schema';

// Migrations are imported statically (not read from disk) so they work the same under tsx and a bundle.
const migrations: Record<string, Migration> = {
  '0001-init': init, '0002-live-pair-index': livePairIndex, '0003-lead-claims': leadClaims, '0004-sqlite-clustered-keys': sqliteClusteredKeys,
  '0005-sqlite-nonce-journal': sqliteNonceJournal,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Instances behind a load balancer start together. Kysely's migration lock only exists once its tables do,
 * and two PostgreSQL sessions creating those tables at the same moment can collide on the catalog; the
 * loser simply tries again, and by then the tables (and the lock) are there.
 */
export async function migrateToLatest(db: Kysely<Database>, attempts = 3): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
    const failed = results?.find((r) => r.status === 'Error');
    if (!error && !failed) return;
    if (attempt >= attempts || failed) throw new Error(`migration ${failed?.migrationName ?? ''} failed`, { cause: error });
    await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 100));
  }
}
