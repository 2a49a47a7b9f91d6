// Events are written in the same transaction as the change they describe (transactional outbox),
// so a crash can never produce a change without its event or an event without its change.
import type { Kysely } from 'kysely';
import { timeOrderedId } from '../../db/ids';
import type { Database } from '../../db/db-schema';

export type EventType =
  | 'binding.created'
  | 'binding.updated'
  | 'binding.ended'
  | 'callback.requested'
  | 'call.started'
  | 'call.ringing'
  | 'call.answered'
  | 'call.ended';

export async function enqueueEvent(
  db: Kysely<Database>,
  tenantId: string,
  type: EventType,
  data: Record<string, unknown>,
  now: number,
): Promise<void> {
  await db
    .insertInto('outbox')
    .values({ id: timeOrderedId(now), tenant_id: tenantId, type, payload: JSON.stringify(data), created_at: now, attempts: 0, next_attempt_at: now, delivered_at: null, last_error: null })
    .execute();
}
