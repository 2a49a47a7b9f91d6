// Every claim operation is "read the lead's row, decide (common/claims/decide.ts), write". Atomic on
// both engines: PostgreSQL locks the row (SELECT … FOR UPDATE) until commit; when there is no row yet,
// the insert is ON CONFLICT DO NOTHING, and a claim that lost that race reads the winner's row and
// decides again. SQLite runs a transaction on its one connection, so decisions are already serial.
import type { Claim } from '../../../common/claims/claims-api';
import type { Dialect } from '../../db/connect';
import { AppError } from '../../app-error';
import { toClaim, toRow, type ClaimsDb } from './tables';

/** `decide` answers the row to write (or null to leave it) and what to tell the caller. */
export type Decide<T> = (existing: Claim | null) => { write: Claim | null; answer: T };

const MAX_ATTEMPTS = 3;

export async function decideOnLockedRow<T>(trx: ClaimsDb, dialect: Dialect, tenantId: string, leadKey: string, decide: Decide<T>): Promise<T> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const row = await trx
      .selectFrom('lead_claims')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('lead_key', '=', leadKey)
      .$if(dialect === 'postgres', (q) => q.forUpdate())
      .executeTakeFirst();
    const { write, answer } = decide(row ? toClaim(row) : null);
    if (!write) return answer;
    const { tenant_id: _t, lead_key: _l, ...changes } = toRow(tenantId, write);
    if (row) {
      await trx.updateTable('lead_claims').set(changes).where('tenant_id', '=', tenantId).where('lead_key', '=', leadKey).execute();
      return answer;
    }
    const inserted = await trx
      .insertInto('lead_claims')
      .values(toRow(tenantId, write))
      .onConflict((oc) => oc.columns(['tenant_id', 'lead_key']).doNothing())
      .returning('lead_key')
      .executeTakeFirst();
    if (inserted) return answer;
    // another claim of this lead committed its row between our read and our insert: decide again on it
  }
  throw new AppError(503, 'BUSY', 'too much contention for this lead, retry shortly', { retryable: true });
}
