// What the hub does with a claim, a heartbeat, a release or an offline claim, given the row it holds
// for that lead (or none). Pure, so the server only locks the row, asks here, and writes the answer;
// the same rules are table-tested in test/unit/claims.
import type { Claim, OfflineClaim } from './claims-api';

/** Offline claims cannot reserve a lead further ahead than the longest online TTL. */
export const MAX_CLAIM_MS = 24 * 3600 * 1000;

export const endOf = (c: Claim): number => c.releasedAt ?? c.expiresAt;
export const isLive = (c: Claim, now: number): boolean => c.releasedAt === null && c.expiresAt > now;
/** Half-open intervals [since, end): a claim ending the instant another starts does not overlap it. */
const overlaps = (a: { since: number; end: number }, b: { since: number; end: number }) => a.since < b.end && b.since < a.end;

export type ClaimDecision =
  | { kind: 'grant'; row: Claim; reclaimed: boolean }
  | { kind: 'refuse'; holder: Claim };

export function decideClaim(existing: Claim | null, req: { leadKey: string; agentId: string; campaignId: string; ttlMs: number }, now: number): ClaimDecision {
  if (existing && isLive(existing, now)) {
    if (existing.agentId !== req.agentId) return { kind: 'refuse', holder: existing };
    // the same agent asking again (a retry, a second window): same claim, never shortened
    return { kind: 'grant', reclaimed: true, row: { ...existing, campaignId: req.campaignId, expiresAt: Math.max(existing.expiresAt, now + req.ttlMs) } };
  }
  return { kind: 'grant', reclaimed: false, row: { leadKey: req.leadKey, agentId: req.agentId, campaignId: req.campaignId, since: now, expiresAt: now + req.ttlMs, releasedAt: null } };
}

export type RenewDecision = ClaimDecision | { kind: 'missing' };

/**
 * A heartbeat extends the agent's claim. One that lapsed is taken back as long as nobody else claimed
 * the lead meanwhile (the row would name them): a late heartbeat after a network hiccup must not lose it.
 */
export function decideRenew(existing: Claim | null, req: { agentId: string; ttlMs: number }, now: number): RenewDecision {
  if (!existing) return { kind: 'missing' };
  if (existing.agentId !== req.agentId) return isLive(existing, now) ? { kind: 'refuse', holder: existing } : { kind: 'missing' };
  if (existing.releasedAt !== null) return { kind: 'missing' };
  return { kind: 'grant', reclaimed: true, row: { ...existing, expiresAt: now + req.ttlMs } };
}

/** Only the holder's live claim is released; the row stays as history, so a later reconcile sees who called. */
export function decideRelease(existing: Claim | null, agentId: string, now: number): Claim | null {
  if (!existing || existing.agentId !== agentId || !isLive(existing, now)) return null;
  return { ...existing, releasedAt: now };
}

export type ReconcileDecision =
  | { status: 'confirmed'; row: Claim }
  | { status: 'expired'; row: Claim | null }
  | { status: 'conflict'; holder: Claim };

/**
 * A claim a desk made while the hub was unreachable. First come at the hub wins: the desk that
 * reconciles later learns who held the lead during its own claim ("already called by X"). Claims that
 * ended offline are still recorded, so the next desk to reconcile learns about them too.
 */
export function decideReconcile(existing: Claim | null, agentId: string, offline: OfflineClaim, now: number): ReconcileDecision {
  const since = Math.min(offline.since, now);
  const end = Math.min(offline.endsAt, now + MAX_CLAIM_MS);
  const ours = { since, end };
  const ended = end <= now;
  const row: Claim = { leadKey: offline.leadKey, agentId, campaignId: offline.campaignId, since, expiresAt: end, releasedAt: null };
  const outcome = (r: Claim): ReconcileDecision => (ended ? { status: 'expired', row: r } : { status: 'confirmed', row: r });

  if (!existing) return outcome(row);
  const theirs = { since: existing.since, end: endOf(existing) };
  if (existing.agentId !== agentId) {
    if (overlaps(ours, theirs)) return { status: 'conflict', holder: existing };
    // one after the other: keep the more recent as history
    return theirs.since >= ours.end ? { status: 'expired', row: null } : outcome(row);
  }
  // our own row: a later claim of ours stays; otherwise the desk's word about its own claim wins
  if (theirs.since >= ours.end) return { status: 'expired', row: null };
  return outcome({ ...row, since: Math.min(since, existing.since) });
}
