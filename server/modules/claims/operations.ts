// Claim, renew, release, reconcile: each locks the lead's row, asks common/claims/decide.ts, writes.
import type { ClaimRequest, ClaimResult, ReconcileItem, ReconcileRequest, ReleaseRequest, RenewRequest } from '../../../common/claims/claims-api';
import { decideClaim, decideReconcile, decideRelease, decideRenew } from '../../../common/claims/decide';
import type { Dialect } from '../../db/connect';
import { notFound } from '../../app-error';
import { decideOnLockedRow } from './locked-row';
import type { ClaimsDb } from './tables';

export async function claimLead(db: ClaimsDb, dialect: Dialect, tenantId: string, req: ClaimRequest, now: number): Promise<ClaimResult> {
  return db.transaction().execute((trx) =>
    decideOnLockedRow<ClaimResult>(trx, dialect, tenantId, req.leadKey, (existing) => {
      const d = decideClaim(existing, { ...req, ttlMs: req.ttlSeconds * 1000 }, now);
      return d.kind === 'grant'
        ? { write: d.row, answer: { granted: true, claim: d.row, reclaimed: d.reclaimed } }
        : { write: null, answer: { granted: false, holder: d.holder } };
    }),
  );
}

export async function renewClaim(db: ClaimsDb, dialect: Dialect, tenantId: string, req: RenewRequest, now: number): Promise<ClaimResult> {
  const result = await db.transaction().execute((trx) =>
    decideOnLockedRow<ClaimResult | null>(trx, dialect, tenantId, req.leadKey, (existing) => {
      const d = decideRenew(existing, { agentId: req.agentId, ttlMs: req.ttlSeconds * 1000 }, now);
      if (d.kind === 'missing') return { write: null, answer: null };
      return d.kind === 'grant'
        ? { write: d.row, answer: { granted: true, claim: d.row, reclaimed: true } }
        : { write: null, answer: { granted: false, holder: d.holder } };
    }),
  );
  if (!result) throw notFound(`claim of agent ${req.agentId} on this lead`);
  return result;
}

export async function releaseClaim(db: ClaimsDb, dialect: Dialect, tenantId: string, req: ReleaseRequest, now: number): Promise<{ released: boolean }> {
  return db.transaction().execute((trx) =>
    decideOnLockedRow(trx, dialect, tenantId, req.leadKey, (existing) => {
      const row = decideRelease(existing, req.agentId, now);
      return { write: row, answer: { released: row !== null } };
    }),
  );
}

/** One transaction; rows locked in lead-key order so two reconciles sharing leads cannot deadlock. */
export async function reconcileClaims(db: ClaimsDb, dialect: Dialect, tenantId: string, req: ReconcileRequest, now: number): Promise<ReconcileItem[]> {
  const ordered = [...req.claims].sort((a, b) => (a.leadKey < b.leadKey ? -1 : a.leadKey > b.leadKey ? 1 : 0));
  const byKey = await db.transaction().execute(async (trx) => {
    const out = new Map<string, ReconcileItem>();
    for (const offline of ordered) {
      const item = await decideOnLockedRow<ReconcileItem>(trx, dialect, tenantId, offline.leadKey, (existing) => {
        const d = decideReconcile(existing, req.agentId, offline, now);
        if (d.status === 'conflict') return { write: null, answer: { leadKey: offline.leadKey, status: 'conflict', holder: d.holder } };
        if (d.status === 'confirmed') return { write: d.row, answer: { leadKey: offline.leadKey, status: 'confirmed', claim: d.row } };
        return { write: d.row, answer: { leadKey: offline.leadKey, status: 'expired' } };
      });
      out.set(offline.leadKey, item);
    }
    return out;
  });
  return req.claims.map((c) => byKey.get(c.leadKey)!);
}
