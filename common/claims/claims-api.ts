// The lead-claim HTTP contract between the desk and the hub (the binding server), shared by both so
// they refuse the same bad input. A lead key is an opaque keyed hash the desk derives (lead-key.ts):
// the hub never sees a customer's number.
import { z } from 'zod';

/** 32..128 url-safe characters: far longer than any phone number, so a raw number cannot slip through. */
export const LeadKey = z.string().regex(/^[A-Za-z0-9_-]{32,128}$/, 'a lead key is 32-128 characters [A-Za-z0-9_-] (a hash, never a phone number)');
export const AgentId = z.string().min(1).max(64);
export const CampaignId = z.string().min(1).max(64);
/** a call plus wrap-up fits well inside; the desk renews while it works the lead */
export const TtlSeconds = z.int().min(10).max(24 * 3600);
const EpochMs = z.int().min(0).max(8_640_000_000_000_000);

/** A claim as the hub holds it. `endedAt` is set once released; the row stays as history for reconcile. */
export const Claim = z.object({
  leadKey: z.string(),
  agentId: z.string(),
  campaignId: z.string(),
  since: z.int(),
  expiresAt: z.int(),
  releasedAt: z.int().nullable(),
});
export type Claim = z.infer<typeof Claim>;

export const ClaimRequest = z.strictObject({ leadKey: LeadKey, agentId: AgentId, campaignId: CampaignId, ttlSeconds: TtlSeconds });
export type ClaimRequest = z.infer<typeof ClaimRequest>;

/** A refusal is an answer, not an error: HTTP 200 with granted false and who holds the lead. */
export const ClaimResult = z.discriminatedUnion('granted', [
  z.object({ granted: z.literal(true), claim: Claim, reclaimed: z.boolean() }),
  z.object({ granted: z.literal(false), holder: Claim }),
]);
export type ClaimResult = z.infer<typeof ClaimResult>;

export const RenewRequest = z.strictObject({ leadKey: LeadKey, agentId: AgentId, ttlSeconds: TtlSeconds });
export type RenewRequest = z.infer<typeof RenewRequest>;

export const ReleaseRequest = z.strictObject({ leadKey: LeadKey, agentId: AgentId });
export type ReleaseRequest = z.infer<typeof ReleaseRequest>;
export const ReleaseResult = z.object({ released: z.boolean() });

export const ListQuery = z.strictObject({ agentId: AgentId });
export const ClaimList = z.object({ claims: z.array(Claim) });

/** A claim a desk made while the hub was unreachable: its own interval, ended early if released offline. */
export const OfflineClaim = z
  .strictObject({ leadKey: LeadKey, campaignId: CampaignId, since: EpochMs, endsAt: EpochMs })
  .refine((c) => c.endsAt > c.since, { message: 'endsAt must be after since', path: ['endsAt'] });
export type OfflineClaim = z.infer<typeof OfflineClaim>;

export const ReconcileRequest = z
  .strictObject({ agentId: AgentId, claims: z.array(OfflineClaim).min(1).max(500) })
  .refine((r) => new Set(r.claims.map((c) => c.leadKey)).size === r.claims.length, { message: 'each lead key at most once', path: ['claims'] });
export type ReconcileRequest = z.infer<typeof ReconcileRequest>;

export const ReconcileStatus = z.enum(['confirmed', 'conflict', 'expired']);
export type ReconcileStatus = z.infer<typeof ReconcileStatus>;

export const ReconcileItem = z.discriminatedUnion('status', [
  z.object({ leadKey: z.string(), status: z.literal('confirmed'), claim: Claim }),
  z.object({ leadKey: z.string(), status: z.literal('expired') }),
  z.object({ leadKey: z.string(), status: z.literal('conflict'), holder: Claim }),
]);
export type ReconcileItem = z.infer<typeof ReconcileItem>;
export const ReconcileResult = z.object({ results: z.array(ReconcileItem) });
export type ReconcileResult = z.infer<typeof ReconcileResult>;

/** The tenant's lead-key salt: every desk of the tenant derives the same key for the same customer. */
export const LeadKeySalt = z.object({ salt: z.string().min(32) });
