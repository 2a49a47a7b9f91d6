import type { Database } from 'better-sqlite3';
import type { ImportedPhone } from '../../../../common/crm';
import { DncReason, type RowIssueDetail, type RowIssueReason } from '../../../../common/crm';
import { normalizePhone } from '../../../../common/phone';

/** A number with this many calls dispositioned "complaint" is not dialled again, even without a DNC entry. */
export const COMPLAINT_THRESHOLD = 2;

export interface Rejection {
  reason: RowIssueReason;
  value: string;
  detail: RowIssueDetail;
}

/** Do-not-call reasons by phone key, and keys with too many complaints; plain data, so it can go to a worker. */
export interface FilterLists {
  dnc: Map<string, string>;
  complained: Set<string>;
}

/**
 * DNC and complaint lists are loaded once: even a national regulator list fits in memory, and
 * per-row lookups against SQLite would dominate a million-row import.
 */
export function loadFilterLists(db: Database): FilterLists {
  const dnc = new Map<string, string>();
  for (const row of db.prepare('SELECT phone_key, reason FROM dnc').iterate() as Iterable<{ phone_key: string; reason: string }>) {
    dnc.set(row.phone_key, row.reason);
  }
  const complained = new Set<string>();
  const complaints = db
    .prepare(`SELECT number FROM call_log WHERE disposition = 'complaint' GROUP BY number HAVING count(*) >= ?`)
    .pluck()
    .all(COMPLAINT_THRESHOLD) as string[];
  for (const number of complaints) {
    const parsed = normalizePhone(number);
    if (parsed.ok) complained.add(parsed.phone.key);
  }
  return { dnc, complained };
}

export class ImportFilters {
  constructor(private readonly lists: FilterLists) {}

  check(phones: readonly ImportedPhone[]): Rejection | undefined {
    const { dnc, complained } = this.lists;
    if (dnc.size === 0 && complained.size === 0) return undefined; // a fresh database: nothing to look up
    for (const phone of phones) {
      const dncReason = dnc.get(phone.key) ?? dnc.get(phone.e164);
      if (dncReason) {
        const known = DncReason.safeParse(dncReason);
        return { reason: 'dnc', value: phone.raw, detail: known.success ? { code: 'onDnc', dncReason: known.data } : { code: 'onDnc' } };
      }
      if (complained.has(phone.key)) return { reason: 'highComplaint', value: phone.raw, detail: { code: 'complaints', count: COMPLAINT_THRESHOLD } };
    }
    return undefined;
  }
}
