import type { Database } from 'better-sqlite3';
import type { ImportedPhone } from '../../../../common/crm';
import type { RowIssueReason } from '../../../../common/crm';
import { normalizePhone } from '../../../../common/phone';

/** A number with this many calls dispositioned "complaint" is not dialled again, even without a DNC entry. */
export const COMPLAINT_THRESHOLD = 2;

export interface Rejection {
  reason: RowIssueReason;
  value: string;
  detail: string;
}

/**
 * DNC and complaint lists are loaded once: even a national regulator list fits in memory, and
 * per-row lookups against SQLite would dominate a million-row import.
 */
export class ImportFilters {
  private readonly dnc = new Map<string, string>();
  private readonly complained = new Set<string>();

  constructor(db: Database) {
    for (const row of db.prepare('SELECT phone_key, reason FROM dnc').iterate() as Iterable<{ phone_key: string; reason: string }>) {
      this.dnc.set(row.phone_key, row.reason);
    }
    const complaints = db
      .prepare(`SELECT number FROM call_log WHERE disposition = 'complaint' GROUP BY number HAVING count(*) >= ?`)
      .pluck()
      .all(COMPLAINT_THRESHOLD) as string[];
    for (const number of complaints) {
      const parsed = normalizePhone(number);
      if (parsed.ok) this.complained.add(parsed.phone.key);
    }
  }

  check(phones: readonly ImportedPhone[]): Rejection | undefined {
    if (this.dnc.size === 0 && this.complained.size === 0) return undefined; // a fresh database: nothing to look up
    for (const phone of phones) {
      const dncReason = this.dnc.get(phone.key) ?? this.dnc.get(phone.e164);
      if (dncReason) return { reason: 'dnc', value: phone.raw, detail: `do-not-call: ${dncReason}` };
      if (this.complained.has(phone.key)) {
        return { reason: 'highComplaint', value: phone.raw, detail: `${COMPLAINT_THRESHOLD}+ complaints on record` };
      }
    }
    return undefined;
  }
}
