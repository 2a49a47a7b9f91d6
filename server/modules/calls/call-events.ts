// Call progress posted by the switch: keeps the CDR, the binding's active-call count (which holds
// the release-after-call timer) and the X's health counters. Duplicate events are harmless.
import type { z } from 'zod';
import type { CallEvent } from '../../../common/binding/binding-api';
import { effectiveExpiry } from '../../../common/binding/expiry';
import type { BindingTable } from '../../db/db-schema';
import type { Deps } from '../../deps';
import { notFound } from '../../app-error';
import { enqueueEvent } from '../events/outbox';

type Event = z.output<typeof CallEvent>;

export async function recordCallEvent({ db, dialect }: Deps, tenantId: string, e: Event, now: number): Promise<BindingTable> {
  const at = e.at ?? now;
  return db.transaction().execute(async (trx) => {
    const binding = await trx
      .selectFrom('bindings')
      .selectAll()
      .where('id', '=', e.bindingId)
      .where('tenant_id', '=', tenantId)
      .$if(dialect === 'postgres', (q) => q.forUpdate())
      .executeTakeFirst();
    if (!binding) throw notFound(`binding ${e.bindingId}`);
    const cdr = trx.updateTable('cdrs').where('tenant_id', '=', tenantId).where('call_id', '=', e.callId);
    let delta = 0;
    if (e.event === 'started') {
      const first = await trx.insertInto('cdrs')
        .values({ tenant_id: tenantId, call_id: e.callId, binding_id: binding.id, x: binding.x, started_at: at, ringing_at: null, answered_at: null, ended_at: null, talk_seconds: null })
        .onConflict((oc) => oc.columns(['tenant_id', 'call_id']).doNothing())
        .executeTakeFirst();
      if (Number(first.numInsertedOrUpdatedRows ?? 0n) === 0) return binding;
      await trx.updateTable('numbers').set((eb) => ({ calls: eb('calls', '+', 1) })).where('e164', '=', binding.x).execute();
      delta = 1;
    } else if (e.event === 'ringing') {
      await cdr.set({ ringing_at: at }).where('ringing_at', 'is', null).execute();
    } else if (e.event === 'answered') {
      await cdr.set({ answered_at: at }).where('answered_at', 'is', null).execute();
    } else {
      const row = await trx.selectFrom('cdrs').select(['answered_at', 'ended_at']).where('tenant_id', '=', tenantId).where('call_id', '=', e.callId).executeTakeFirst();
      if (!row || row.ended_at !== null) return binding; // unknown or already ended: nothing to release
      const talk = row.answered_at === null ? 0 : Math.max(0, Math.round((at - row.answered_at) / 1000));
      await cdr.set({ ended_at: at, talk_seconds: talk }).execute();
      delta = -1;
    }
    let next = binding;
    if (delta !== 0 && binding.status === 'live') {
      const active_calls = Math.max(0, binding.active_calls + delta);
      const last_call_ended_at = delta < 0 ? at : binding.last_call_ended_at;
      const effective_expires_at = effectiveExpiry({ expiresAt: binding.expires_at, releaseAfterCallSeconds: binding.release_after_call_s, activeCalls: active_calls, lastCallEndedAt: last_call_ended_at });
      await trx.updateTable('bindings').set({ active_calls, last_call_ended_at, effective_expires_at }).where('id', '=', binding.id).execute();
      next = { ...binding, active_calls, last_call_ended_at, effective_expires_at };
    }
    await enqueueEvent(trx, tenantId, `call.${e.event}`, { callId: e.callId, bindingId: binding.id, x: binding.x, at }, now);
    return next;
  });
}
