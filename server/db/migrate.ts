import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as init from './migrations/0001-init';
import * as livePairIndex from './migrations/0002-live-pair-index';
import type { Database } from './schema';

// Migrations are imported statically (not read from disk) so they work the same under tsx and a bundle.
const migrations: Record<string, Migration> = { '0001-init': init, '0002-live-pair-index': livePairIndex };

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) throw new Error(`migration ${failed?.migrationName ?? ''} failed`, { cause: error });
}
