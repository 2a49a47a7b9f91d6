// Pushes outbox events to the tenant's subscriber URL, signed, at least once, with exponential
// backoff. Several instances may run it: a row is claimed by moving its next_attempt_at forward
// with a compare-and-set, so only one instance sends a given attempt.
import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/db-schema';
import type { Vault } from '../../security/vault';

export const MAX_ATTEMPTS = 12;
const CLAIM_MS = 30_000;
const TIMEOUT_MS = 5_000;

/** 1 s, 2 s, 4 s … capped at one hour. */
export const backoffMs = (attempts: number): number => Math.min(3_600_000, 1000 * 2 ** Math.max(0, attempts - 1));

export function eventSignature(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

export async function dispatchDue(db: Kysely<Database>, vault: Vault, now: number, fetchImpl: typeof fetch = fetch): Promise<number> {
  const due = await db
    .selectFrom('outbox as o')
    .innerJoin('tenants as t', 't.id', 'o.tenant_id')
    .select(['o.id', 'o.type', 'o.payload', 'o.created_at', 'o.attempts', 'o.next_attempt_at', 't.webhook_url', 't.webhook_secret'])
    .where('o.delivered_at', 'is', null)
    .where('o.next_attempt_at', '<=', now)
    .orderBy('o.next_attempt_at')
    .limit(50)
    .execute();
  let sent = 0;
  for (const ev of due) {
    const claim = await db.updateTable('outbox').set({ next_attempt_at: now + CLAIM_MS })
      .where('id', '=', ev.id).where('next_attempt_at', '=', ev.next_attempt_at).executeTakeFirst();
    if (claim.numUpdatedRows === 0n) continue; // another instance has it
    if (!ev.webhook_url || !ev.webhook_secret) {
      await db.updateTable('outbox').set({ delivered_at: now, last_error: 'no subscriber' }).where('id', '=', ev.id).execute();
      continue;
    }
    const body = JSON.stringify({ id: ev.id, type: ev.type, createdAt: ev.created_at, data: JSON.parse(ev.payload) });
    const error = await post(fetchImpl, ev.webhook_url, body, ev.id, vault.decrypt(ev.webhook_secret), now);
    const attempts = ev.attempts + 1;
    if (error === null) {
      await db.updateTable('outbox').set({ delivered_at: now, attempts, last_error: null }).where('id', '=', ev.id).execute();
      sent++;
    } else {
      // after MAX_ATTEMPTS the event stays undelivered with its last error, for an operator to see
      const next = attempts >= MAX_ATTEMPTS ? Number.MAX_SAFE_INTEGER : now + backoffMs(attempts);
      await db.updateTable('outbox').set({ attempts, next_attempt_at: next, last_error: error }).where('id', '=', ev.id).execute();
    }
  }
  return sent;
}

async function post(fetchImpl: typeof fetch, url: string, body: string, id: string, secret: string, now: number): Promise<string | null> {
  try {
    const res = await fetchImpl(url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-dd-event-id': id, 'x-dd-timestamp': String(now), 'x-dd-signature': eventSignature(secret, now, body) },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    return res.ok ? null : `HTTP ${res.status}`;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
