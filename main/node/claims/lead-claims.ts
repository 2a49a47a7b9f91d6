// The desk's lead claims: ask the hub before a lead goes to the agent; when the hub cannot be reached,
// claim locally (pending), probe the hub with backoff, and reconcile when it is back. Decisions live in
// common/claims (book.ts, hub-errors.ts); this file does I/O, ordering and timers. See README.md.
import { leadKeyInput, deriveLeadKey } from '../../../common/claims/lead-key';
import {
  applyReconcile, claimLocally, findEntry, heldByOf, keyEntries, pendingByAgent, pruneBook, recordHubGrant, releaseInBook, renewLocally,
  type BookEntry, type ClaimAnswer, type ClaimBook, type HeldBy, type LeadRef,
} from '../../../common/claims/book';
import { PROBE_BACKOFF, type ProbeBackoff } from '../../../common/claims/hub-errors';
import { webCryptoPrimitives } from '../../../common/binding/signing';
import { reconnectDelay } from '../../../common/sip/reconnect-backoff';
import type { Logger } from '../logging/logger';
import type { ClaimStore } from './claim-store';
import { createClaimsHub, HubCallError, NO_CLAIM, type ClaimsHub, type HubConfig } from './hub-client';

export interface Lead {
  contactE164: string;
  contactId: string;
  campaignId: string;
}

export type { ClaimAnswer, HeldBy };

/** Another agent had the lead while this desk held it; tell the agent ("already called by X"). */
export interface ClaimConflict {
  contactId: string;
  campaignId: string;
  agentId: string;
  heldBy: HeldBy;
  /** our claim was still open (the agent may be on this lead right now) */
  stillWorking: boolean;
}

export interface LeadClaimsOptions {
  /** the binding server as hub; null = this desk alone decides (claims stay local) */
  hub: HubConfig | null;
  store: ClaimStore;
  clock?: () => number;
  log: Logger;
  /** how long a claim lasts without renew; 20 minutes fits a call and its wrap-up */
  ttlSeconds?: number;
  random?: () => number;
  /** how the hub is probed while unreachable (tests shorten it) */
  probeBackoff?: ProbeBackoff;
}

export interface LeadClaims {
  claim(lead: Lead, agentId: string): Promise<ClaimAnswer>;
  release(lead: Lead, agentId: string): Promise<void>;
  /** extends the agent's claim; false when it is no longer theirs */
  renew(lead: Lead, agentId: string): Promise<boolean>;
  onConflict(listener: (conflict: ClaimConflict) => void): () => void;
  /** probe and reconcile now instead of at the next backoff step (tests, shutdown) */
  syncNow(): Promise<void>;
  close(): Promise<void>;
}

const MAX_RECONCILE_BATCH = 500;

export function createLeadClaims(opts: LeadClaimsOptions): LeadClaims {
  const clock = opts.clock ?? Date.now;
  const ttlSeconds = opts.ttlSeconds ?? 20 * 60;
  const ttlMs = ttlSeconds * 1000;
  const log = opts.log;
  const hub: ClaimsHub | null = opts.hub ? createClaimsHub(opts.hub) : null;
  const crypto = webCryptoPrimitives();
  const listeners = new Set<(c: ClaimConflict) => void>();

  let book: ClaimBook | null = null;
  /** optimistic until a call fails; then the probe loop owns the hub until it answers again */
  let hubUp = true;
  let probeAttempt = 0;
  let probeTimer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;
  // one operation at a time: the book is read, changed and saved without interleaving
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn);
    queue = run.catch(() => undefined);
    return run;
  };

  async function current(): Promise<ClaimBook> {
    book ??= await opts.store.load();
    return book;
  }
  async function commit(changed: ClaimBook): Promise<void> {
    const next = pruneBook(changed, clock(), hub !== null);
    await opts.store.save(next);
    book = next;
  }

  function hubDown(error: HubCallError): void {
    if (error.failure === 'misconfigured') log.error('lead claims: the hub refuses this desk; claiming locally', { status: error.status, problem: error.message });
    else if (hubUp) log.warn('lead claims: hub unreachable; claiming locally until it is back', { status: error.status, problem: error.message });
    hubUp = false;
    scheduleProbe();
  }

  /** Any hub failure except a malformed request falls back to local; a malformed one is our bug. */
  function fallBack(error: unknown): void {
    if (!(error instanceof HubCallError) || error.failure === 'bad-request') throw error;
    hubDown(error);
  }

  function scheduleProbe(delayMs?: number): void {
    if (!hub || closed || probeTimer) return;
    const wait = delayMs ?? reconnectDelay(Math.min(probeAttempt++, 30), opts.probeBackoff ?? PROBE_BACKOFF, opts.random);
    probeTimer = setTimeout(() => {
      probeTimer = null;
      void serial(() => probeAndSync()).catch((error: unknown) => log.warn('lead claims: reconcile failed', { problem: (error as Error).message }));
    }, wait);
    probeTimer.unref?.();
  }

  async function ensureSalt(b: ClaimBook): Promise<ClaimBook> {
    if (b.salt || !hub || !hubUp) return b;
    try {
      const salt = await hub.salt();
      const next = await keyEntries(b, salt, (e164) => deriveLeadKey(e164, salt, crypto));
      await commit(next);
      return next;
    } catch (error) {
      fallBack(error);
      return b;
    }
  }

  async function refFor(lead: Lead): Promise<{ b: ClaimBook; ref: LeadRef }> {
    const input = leadKeyInput(lead.contactE164);
    if (!input.ok) throw new Error(`cannot claim this lead: ${input.reason}`);
    const b = await ensureSalt(await current());
    const leadKey = b.salt ? await deriveLeadKey(input.e164, b.salt, crypto) : null;
    return { b, ref: { leadKey, e164: input.e164, contactId: lead.contactId, campaignId: lead.campaignId } };
  }

  async function probeAndSync(): Promise<void> {
    if (!hub || closed) return;
    if (!hubUp) {
      if (!(await hub.reachable())) return scheduleProbe();
      log.info('lead claims: hub is back; reconciling');
      hubUp = true;
    }
    let b = await ensureSalt(await current());
    if (!hubUp) return;
    for (const [agentId, claims] of pendingByAgent(b)) {
      for (let i = 0; i < claims.length; i += MAX_RECONCILE_BATCH) {
        let results;
        try {
          results = await hub.reconcile(agentId, claims.slice(i, i + MAX_RECONCILE_BATCH));
        } catch (error) {
          return fallBack(error);
        }
        const applied = applyReconcile(b, agentId, results, clock());
        b = applied.book;
        await commit(b);
        for (const a of applied.actions) {
          if (a.kind !== 'tell-agent') continue;
          log.warn('lead claims: another agent had this lead during an offline claim', { contactId: a.contactId, agentId, heldBy: a.heldBy.agentId });
          emit({ contactId: a.contactId, campaignId: a.campaignId, agentId, heldBy: a.heldBy, stillWorking: a.stillWorking });
        }
      }
    }
    // a claim the hub's answer did not settle is sent again (backing off), not forgotten; the backoff
    // resets only after a clean sync, so a hub whose /health answers but refuses our key is not hammered
    if (pendingByAgent(b).size > 0) scheduleProbe();
    else probeAttempt = 0;
  }

  /** Something is pending while the hub is up (a release of an offline claim): reconcile soon. */
  function kick(b: ClaimBook): void {
    if (hub && hubUp && pendingByAgent(b).size > 0) scheduleProbe(0);
  }

  function emit(conflict: ClaimConflict): void {
    for (const listener of listeners) {
      try {
        listener(conflict);
      } catch (error) {
        log.error('lead claims: a conflict listener failed', { problem: (error as Error).message });
      }
    }
  }

  const hubUsable = (ref: LeadRef) => hub !== null && hubUp && ref.leadKey !== null;

  // Claims the last run left pending are reconciled as soon as the hub answers.
  if (hub) void serial(async () => { if (pendingByAgent(await current()).size > 0 || (await current()).entries.some((e) => e.leadKey === null)) scheduleProbe(0); });

  return {
    claim: (lead, agentId) => serial(async () => {
      const { b, ref } = await refFor(lead);
      if (hubUsable(ref)) {
        try {
          const r = await hub!.claim({ leadKey: ref.leadKey!, agentId, campaignId: lead.campaignId, ttlSeconds });
          if (!r.granted) return { granted: false, heldBy: heldByOf(r.holder) };
          await commit(recordHubGrant(b, ref, r.claim));
          return { granted: true, mode: 'hub' };
        } catch (error) {
          fallBack(error);
        }
      }
      const local = claimLocally(b, ref, agentId, clock(), ttlMs);
      await commit(local.book);
      return local.answer;
    }),

    release: (lead, agentId) => serial(async () => {
      const { b, ref } = await refFor(lead);
      const entry: BookEntry | undefined = findEntry(b, ref);
      if (!entry || entry.agentId !== agentId) return;
      let hubReleased = false;
      if (entry.mode === 'hub' && !entry.pending && hubUsable(ref)) {
        try {
          await hub!.release({ leadKey: ref.leadKey!, agentId });
          hubReleased = true;
        } catch (error) {
          fallBack(error);
        }
      }
      await commit(releaseInBook(b, ref, agentId, clock(), hubReleased));
      kick(book!);
    }),

    renew: (lead, agentId) => serial(async () => {
      const { b, ref } = await refFor(lead);
      const entry = findEntry(b, ref);
      if (!entry || entry.agentId !== agentId || entry.releasedAt !== null) return false;
      if (entry.mode === 'hub' && !entry.pending && hubUsable(ref)) {
        try {
          const r = await hub!.renew({ leadKey: ref.leadKey!, agentId, ttlSeconds });
          if (r !== NO_CLAIM && r.granted) {
            await commit(recordHubGrant(b, ref, r.claim));
            return true;
          }
          await commit(releaseInBook(b, ref, agentId, clock(), true));
          if (r !== NO_CLAIM) emit({ contactId: entry.contactId, campaignId: entry.campaignId, agentId, heldBy: heldByOf(r.holder), stillWorking: true });
          return false;
        } catch (error) {
          fallBack(error);
        }
      }
      const local = renewLocally(b, ref, agentId, clock(), ttlMs);
      await commit(local.book);
      return local.renewed;
    }),

    onConflict(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    syncNow: () => serial(async () => {
      if (probeTimer) clearTimeout(probeTimer);
      probeTimer = null;
      await probeAndSync();
    }),

    async close() {
      closed = true;
      if (probeTimer) clearTimeout(probeTimer);
      probeTimer = null;
      await queue;
    },
  };
}
