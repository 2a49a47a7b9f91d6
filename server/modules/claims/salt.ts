// The tenant's lead-key salt: made on first request, sealed at rest, the same for every desk of the
// tenant (they must derive the same lead key for the same customer).
import { randomBytes } from 'node:crypto';
import type { Vault } from '../../security/vault';
import type { ClaimsDb } from './tables';

export async function leadKeySalt(db: ClaimsDb, vault: Vault, tenantId: string, now: number): Promise<string> {
  const read = () => db.selectFrom('lead_key_salts').select('salt_enc').where('tenant_id', '=', tenantId).executeTakeFirst();
  let row = await read();
  if (!row) {
    // two desks asking at once: the first insert wins and both read its salt
    await db.insertInto('lead_key_salts')
      .values({ tenant_id: tenantId, salt_enc: vault.encrypt(randomBytes(32).toString('base64url')), created_at: now })
      .onConflict((oc) => oc.column('tenant_id').doNothing())
      .execute();
    row = await read();
  }
  return vault.decrypt(row!.salt_enc);
}
