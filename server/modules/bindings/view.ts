import type { Binding } from '../../../common/binding/api';
import type { BindingTable } from '../../db/schema';
import type { Vault } from '../../security/vault';

export function toBinding(row: BindingTable, vault: Vault): Binding {
  return {
    id: row.id,
    poolId: row.pool_id,
    x: row.x,
    a: vault.decrypt(row.a_enc),
    b: vault.decrypt(row.b_enc),
    mode: row.mode,
    record: row.record === 1,
    status: row.status,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    releaseAfterCallSeconds: row.release_after_call_s,
    effectiveExpiresAt: row.effective_expires_at,
  };
}
