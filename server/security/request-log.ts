// What every signed request writes: its nonce (replay refusal) and, after the reply, an audit row.
// On SQLite these two autocommit inserts were the largest cost of a lookup, so there they join the
// connection's group commit (one transaction per turn of the event loop).
import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../db/connect';
import { timeOrderedId } from '../db/ids';
import type { SqliteBatch } from '../db/sqlite-batch';
import type { AuditTable, Database } from '../db/db-schema';
import { NONCE_MEMORY_MS } from '../../common/binding/signing';
import { recentNonces } from './recent-nonces';

export type AuditEntry = Omit<AuditTable, 'id'>;

export interface RequestLog {
  /** true the first time this key presents this nonce, false on a replay */
  claimNonce(keyId: string, nonce: string, now: number): Promise<boolean>;
  /** never fails the request: the row is written after the reply */
  audit(entry: AuditEntry): void;
  /** waits until everything handed over so far is written */
  flush(): Promise<void>;
}

type OnError = (err: unknown) => void;

/** Portable version (PostgreSQL): one statement per nonce and per audit row. */
export function kyselyRequestLog(db: Kysely<Database>, onError: OnError): RequestLog {
  const pending = new Set<Promise<unknown>>();
  return {
    async claimNonce(keyId, nonce, now) {
      try {
        await db.insertInto('nonces').values({ key_id: keyId, nonce, seen_at: now }).execute();
        return true;
      } catch (err) {
        if (isUniqueViolation(err)) return false;
        throw err;
      }
    },
    audit(entry) {
      const p = db.insertInto('audit_log').values({ id: timeOrderedId(entry.at), ...entry }).execute().catch(onError);
      pending.add(p);
      void p.finally(() => pending.delete(p));
    },
    async flush() {
      await Promise.all(pending);
    },
  };
}

/**
 * SQLite: one server instance owns the file, so replays are refused from memory (recent-nonces.ts)
 * and the nonce is only appended to the journal (migration 0005), which refills that memory at
 * start-up. Nonce and audit rows join the connection's group commit (db/sqlite-batch.ts), so a
 * lookup pays for one shared transaction instead of two autocommits. A request still waits until
 * its nonce is committed before it is served, so a crash cannot forget a nonce it answered.
 */
export function sqliteRequestLog(batch: SqliteBatch, sqlite: SQLite.Database, now: number): RequestLog {
  const insertNonce = sqlite.prepare('INSERT INTO nonces (key_id, nonce, seen_at) VALUES (?, ?, ?)');
  const insertAudit = sqlite.prepare('INSERT INTO audit_log (id, tenant_id, key_id, action, target, at) VALUES (?, ?, ?, ?, ?, ?)');
  const journal = sqlite.prepare<[number], { key_id: string; nonce: string }>('SELECT key_id, nonce FROM nonces WHERE seen_at >= ?');
  const recent = recentNonces(NONCE_MEMORY_MS, journal.iterate(now - NONCE_MEMORY_MS), now);
  return {
    claimNonce(keyId, nonce, at) {
      if (!recent.claim(keyId, nonce, at)) return Promise.resolve(false);
      return batch.run(() => {
        insertNonce.run(keyId, nonce, at);
        return true;
      }, { savepoint: false });
    },
    audit(a) {
      // a failed audit row never refuses the requests batched with it: post() reports it to onError
      batch.post(() => insertAudit.run(timeOrderedId(a.at), a.tenant_id, a.key_id, a.action, a.target, a.at));
    },
    flush: () => batch.flush(),
  };
}
