import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Clock } from './clock';
import type { Dialect } from './db/connect';
import type { Database } from './db/db-schema';
import type { SqliteBatch } from './db/sqlite-batch';
import type { Vault } from './security/vault';

/** What every route module gets: the database, the vault for real numbers, and the clock. */
export interface Deps {
  db: Kysely<Database>;
  dialect: Dialect;
  vault: Vault;
  clock: Clock;
  /** the same SQLite connection Kysely uses, for the prepared-statement fast paths; absent on PostgreSQL */
  sqlite?: SQLite.Database;
  /** the group commit on that connection (db/sqlite-batch.ts), made by buildApp; absent on PostgreSQL */
  batch?: SqliteBatch;
}

export type ZodApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;
