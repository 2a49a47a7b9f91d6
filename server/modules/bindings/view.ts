import type { Binding } from '../../../common/binding/binding-api';
import type { BindingTable } from '../../db/db-schema';
import type { Vault } from '../../security/vault';

/** `plain`: the real numbers when the caller already has them (a bind it just made), saving two decryptions */
export function toBinding(row: BindingTable, vault: Vault, plain?: { a: string; b: string }): Binding {
  return {
    id: row.id,
    poolId: row.pool_id,
    x: row.x,
    a: plain?.a ?? vault.decrypt(row.a_enc),
    b: plain?.b ?? vault.decrypt(row.b_enc),
    mode: row.mode,
    record: row.record === 1,
    status: row.status,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    releaseAfterCallSeconds: row.release_after_call_s,
    effectiveExpiresAt: row.effective_expires_at,
  };
}
