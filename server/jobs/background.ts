// The periodic work of one instance: release bindings whose stored deadline passed, push events,
// forget nonces older than the signature window. All of it is safe to run on every instance.
import type { Kysely } from 'kysely';
import { NONCE_MEMORY_MS } from '../../common/binding/signing';
import type { Clock } from '../clock';
import type { Database } from '../db/db-schema';
import { releaseDue } from '../modules/bindings/release';
import { dispatchDue } from '../modules/events/dispatcher';
import type { Vault } from '../security/vault';

export async function runOnce(db: Kysely<Database>, vault: Vault, now: number): Promise<void> {
  await releaseDue(db, now);
  await dispatchDue(db, vault, now);
  await db.deleteFrom('nonces').where('seen_at', '<', now - NONCE_MEMORY_MS).execute();
}

export function startBackground(db: Kysely<Database>, vault: Vault, clock: Clock, onError: (err: unknown) => void, everyMs = 1000): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => runOnce(db, vault, clock())).catch(onError);
  }, everyMs);
  return async () => {
    clearInterval(timer);
    await running;
  };
}
