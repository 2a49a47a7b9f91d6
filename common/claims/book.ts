// The desk's own claim book: what this desk holds, at the hub or only locally, and which claims (or
// releases) the hub has not heard of yet. Pure functions over plain data, so the desk service only
// persists the book and talks to the hub; every decision here is table-tested.
import type { Claim, OfflineClaim, ReconcileItem } from './claims-api';

export interface BookEntry {
  /** the hub's lead key; null while this desk has never fetched the tenant's salt (then e164 is kept to derive it) */
  leadKey: string | null;
  e164: string | null;
  contactId: string;
  campaignId: string;
  agentId: string;
  since: number;
  expiresAt: number;
  releasedAt: number | null;
  /** where the claim was granted: by the hub, or by this desk alone while the hub was unreachable */
  mode: 'hub' | 'local';
  /** the hub has not yet heard of this claim, or of its release */
  pending: boolean;
}

export interface ClaimBook {
  version: 1;
  /** the tenant's lead-key salt, kept so the desk can derive keys offline */
  salt: string | null;
  entries: BookEntry[];
}

export const emptyBook = (): ClaimBook => ({ version: 1, salt: null, entries: [] });

export interface HeldBy {
  agentId: string;
  campaignId: string;
  since: number;
  expiresAt: number;
}

export type ClaimAnswer = { granted: true; mode: 'hub' | 'local' } | { granted: false; heldBy: HeldBy };

/** How a lead is looked up in the book: by hub key, or by number before any salt is known. */
export interface LeadRef {
  leadKey: string | null;
  e164: string;
  contactId: string;
  campaignId: string;
}

const sameLead = (e: BookEntry, ref: { leadKey: string | null; e164: string }) =>
  ref.leadKey !== null && e.leadKey !== null ? e.leadKey === ref.leadKey : e.e164 === ref.e164;
const entryLive = (e: BookEntry, now: number) => e.releasedAt === null && e.expiresAt > now;
export const heldByOf = (c: { agentId: string; campaignId: string; since: number; expiresAt: number }): HeldBy => ({
  agentId: c.agentId, campaignId: c.campaignId, since: c.since, expiresAt: c.expiresAt,
});

export function findEntry(book: ClaimBook, ref: { leadKey: string | null; e164: string }): BookEntry | undefined {
  return book.entries.find((e) => sameLead(e, ref));
}

function put(book: ClaimBook, ref: { leadKey: string | null; e164: string }, entry: BookEntry | null): ClaimBook {
  const others = book.entries.filter((e) => !sameLead(e, ref));
  return { ...book, entries: entry ? [...others, entry] : others };
}

/** The number is only kept until a key can be derived: the book should not become a second phone book. */
const keyed = (ref: LeadRef) => ({ leadKey: ref.leadKey, e164: ref.leadKey === null ? ref.e164 : null });

/** The hub granted (or renewed) the claim. */
export function recordHubGrant(book: ClaimBook, ref: LeadRef, claim: Claim): ClaimBook {
  return put(book, ref, {
    ...keyed(ref), contactId: ref.contactId, campaignId: claim.campaignId, agentId: claim.agentId,
    since: claim.since, expiresAt: claim.expiresAt, releasedAt: null, mode: 'hub', pending: false,
  });
}

/**
 * The hub cannot be reached: this desk decides alone and marks the claim pending, to be reconciled
 * when the hub is back. Another agent of this desk holding the lead is the only refusal it can know of.
 */
export function claimLocally(book: ClaimBook, ref: LeadRef, agentId: string, now: number, ttlMs: number): { book: ClaimBook; answer: ClaimAnswer } {
  const held = findEntry(book, ref);
  if (held && entryLive(held, now)) {
    if (held.agentId !== agentId) return { book, answer: { granted: false, heldBy: heldByOf(held) } };
    const extended = { ...held, campaignId: ref.campaignId, expiresAt: Math.max(held.expiresAt, now + ttlMs), pending: true };
    return { book: put(book, ref, extended), answer: { granted: true, mode: held.mode } };
  }
  const entry: BookEntry = {
    ...keyed(ref), contactId: ref.contactId, campaignId: ref.campaignId, agentId,
    since: now, expiresAt: now + ttlMs, releasedAt: null, mode: 'local', pending: true,
  };
  return { book: put(book, ref, entry), answer: { granted: true, mode: 'local' } };
}

/** A heartbeat the hub could not hear: extend locally and tell the hub at the next reconcile. */
export function renewLocally(book: ClaimBook, ref: { leadKey: string | null; e164: string }, agentId: string, now: number, ttlMs: number): { book: ClaimBook; renewed: boolean } {
  const held = findEntry(book, ref);
  if (!held || held.agentId !== agentId || held.releasedAt !== null) return { book, renewed: false };
  return { book: put(book, ref, { ...held, expiresAt: now + ttlMs, pending: true }), renewed: true };
}

/**
 * Release. When the hub heard it (`hubReleased`) the entry is done; otherwise the release is kept as an
 * ended, pending claim so the hub learns when it ended (and who else may have called meanwhile).
 */
export function releaseInBook(book: ClaimBook, ref: { leadKey: string | null; e164: string }, agentId: string, now: number, hubReleased: boolean): ClaimBook {
  const held = findEntry(book, ref);
  if (!held || held.agentId !== agentId) return book;
  if (hubReleased) return put(book, ref, null);
  if (held.releasedAt !== null) return book;
  return put(book, ref, { ...held, releasedAt: Math.min(now, held.expiresAt), pending: true });
}

/** The salt arrived: derive the keys of claims made before it, and forget their numbers. */
export async function keyEntries(book: ClaimBook, salt: string, derive: (e164: string) => Promise<string>): Promise<ClaimBook> {
  const entries = await Promise.all(book.entries.map(async (e) => (e.leadKey === null && e.e164 ? { ...e, leadKey: await derive(e.e164), e164: null } : e)));
  return { ...book, salt, entries };
}

/** What to send to the hub per agent: every pending claim that has a key. */
export function pendingByAgent(book: ClaimBook): Map<string, OfflineClaim[]> {
  const out = new Map<string, OfflineClaim[]>();
  for (const e of book.entries) {
    if (!e.pending || e.leadKey === null) continue;
    const list = out.get(e.agentId) ?? [];
    list.push({ leadKey: e.leadKey, campaignId: e.campaignId, since: e.since, endsAt: Math.max(e.releasedAt ?? e.expiresAt, e.since + 1) });
    out.set(e.agentId, list);
  }
  return out;
}

export type ReconcileAction =
  | { kind: 'keep'; contactId: string; leadKey: string }
  | { kind: 'forget'; contactId: string; leadKey: string }
  /** another agent held the lead during our claim: drop ours and tell the agent "already called by X" */
  | { kind: 'tell-agent'; contactId: string; campaignId: string; leadKey: string; heldBy: HeldBy; stillWorking: boolean };

/** Turns the hub's per-claim answers into the book the desk keeps and what it does about each. */
export function applyReconcile(book: ClaimBook, agentId: string, results: ReconcileItem[], now: number): { book: ClaimBook; actions: ReconcileAction[] } {
  let next = book;
  const actions: ReconcileAction[] = [];
  for (const r of results) {
    const ref = { leadKey: r.leadKey, e164: '' };
    const entry = findEntry(next, ref);
    if (!entry || entry.agentId !== agentId) continue; // released or re-claimed meanwhile: nothing to apply
    if (r.status === 'confirmed' && entry.releasedAt === null) {
      // a heartbeat made here while the answer was on its way is newer than the hub's expiry: still pending
      const newerHere = entry.expiresAt > r.claim.expiresAt;
      next = put(next, ref, { ...entry, mode: 'hub', pending: newerHere, since: r.claim.since, expiresAt: Math.max(entry.expiresAt, r.claim.expiresAt) });
      actions.push({ kind: 'keep', contactId: entry.contactId, leadKey: r.leadKey });
    } else if (r.status === 'conflict') {
      next = put(next, ref, null);
      actions.push({ kind: 'tell-agent', contactId: entry.contactId, campaignId: entry.campaignId, leadKey: r.leadKey, heldBy: heldByOf(r.holder), stillWorking: entryLive(entry, now) });
    } else {
      // expired at the hub, or confirmed but released here while the answer was on its way: sent again next time
      if (entry.releasedAt !== null && r.status === 'confirmed') continue;
      next = put(next, ref, null);
      actions.push({ kind: 'forget', contactId: entry.contactId, leadKey: r.leadKey });
    }
  }
  return { book: next, actions };
}

/**
 * Drops what needs no more work: ended claims the hub already knows about. A desk without a hub has
 * nobody to tell, so there every ended claim goes.
 */
export function pruneBook(book: ClaimBook, now: number, hasHub = true): ClaimBook {
  return { ...book, entries: book.entries.filter((e) => (hasHub && e.pending) || entryLive(e, now)) };
}
