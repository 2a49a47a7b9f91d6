// A fresh live binding as both bind paths (Kysely for PostgreSQL, prepared statements on SQLite) store it.
import type { CreateBinding } from '../../../common/binding/binding-api';
import { effectiveExpiry } from '../../../common/binding/expiry';
import { timeOrderedId } from '../../db/ids';
import type { BindingTable } from '../../db/db-schema';
import type { Vault } from '../../security/vault';

export function newBindingRow(vault: Vault, tenantId: string, req: CreateBinding, x: string, aHash: string, bHash: string, now: number): BindingTable {
  const expiresAt = now + req.expiresInSeconds * 1000;
  const releaseAfterCallSeconds = req.releaseAfterCallSeconds ?? null;
  return {
    id: timeOrderedId(now),
    tenant_id: tenantId,
    pool_id: req.poolId,
    x,
    mode: req.mode,
    a_hash: aHash,
    b_hash: bHash,
    a_enc: vault.encrypt(req.a),
    b_enc: vault.encrypt(req.b),
    record: req.record ? 1 : 0,
    status: 'live',
    created_at: now,
    expires_at: expiresAt,
    release_after_call_s: releaseAfterCallSeconds,
    active_calls: 0,
    last_call_ended_at: null,
    effective_expires_at: effectiveExpiry({ expiresAt, releaseAfterCallSeconds, activeCalls: 0, lastCallEndedAt: null }),
    ended_at: null,
    end_reason: null,
  };
}
