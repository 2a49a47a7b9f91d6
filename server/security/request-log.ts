// What every signed request writes: its nonce (replay refusal) and, after the reply, an audit row.
// On SQLite these two autocommit inserts were the largest cost of a lookup, so the SQLite log
// commits all nonces and audit rows of one event-loop turn in a single transaction (group commit).
// A request still waits until its nonce is committed before it is served.
import { randomUUID } from 'node:crypto';
import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../db/connect';
import type { AuditTable, Database } from '../db/schema';

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
      const p = db.insertInto('audit_log').values({ id: randomUUID(), ...entry }).execute().catch(onError);
      pending.add(p);
      void p.finally(() => pending.delete(p));
    },
    async flush() {
      await Promise.all(pending);
    },
  };
}

interface NonceClaim {
  keyId: string;
  nonce: string;
  now: number;
  settle: (fresh: boolean | Error) => void;
}

/**
 * Group commit on the single SQLite connection. The batch runs while holding Kysely's connection
 * (its mutex), so it never lands inside a transaction another request has open across an await.
 */
export function sqliteRequestLog(db: Kysely<Database>, sqlite: SQLite.Database, onError: OnError): RequestLog {
  const insertNonce = sqlite.prepare('INSERT OR IGNORE INTO nonces (key_id, nonce, seen_at) VALUES (?, ?, ?)');
  const insertAudit = sqlite.prepare('INSERT INTO audit_log (id, tenant_id, key_id, action, target, at) VALUES (?, ?, ?, ?, ?, ?)');
  const writeBatch = sqlite.transaction((claims: NonceClaim[], audits: AuditEntry[]) => {
    // OR IGNORE: a replay (also one within this very batch) changes no row
    const fresh = claims.map((c) => insertNonce.run(c.keyId, c.nonce, c.now).changes === 1);
    for (const a of audits) {
      try {
        insertAudit.run(randomUUID(), a.tenant_id, a.key_id, a.action, a.target, a.at);
      } catch (err) {
        onError(err); // a failed audit row must not refuse the nonces batched with it
      }
    }
    return fresh;
  });

  let claims: NonceClaim[] = [];
  let audits: AuditEntry[] = [];
  let next: Promise<void> | null = null;
  let writing: Promise<void> = Promise.resolve();

  async function write(): Promise<void> {
    const batchClaims = claims;
    const batchAudits = audits;
    claims = [];
    audits = [];
    next = null;
    try {
      const fresh = await db.connection().execute(async () => writeBatch(batchClaims, batchAudits));
      batchClaims.forEach((c, i) => c.settle(fresh[i]!));
    } catch (err) {
      onError(err);
      for (const c of batchClaims) c.settle(err instanceof Error ? err : new Error(String(err)));
    }
  }
  // setImmediate: every request parsed in this turn of the event loop joins the same commit
  const schedule = () => (next ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => (writing = write())));

  return {
    claimNonce(keyId, nonce, now) {
      return new Promise<boolean>((resolve, reject) => {
        claims.push({ keyId, nonce, now, settle: (r) => (r instanceof Error ? reject(r) : resolve(r)) });
        void schedule();
      });
    },
    audit(entry) {
      audits.push(entry);
      void schedule();
    },
    async flush() {
      while (next) await next;
      await writing;
    },
  };
}
