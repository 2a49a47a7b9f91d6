import type { SearchRequest } from '../../../../../common/crm';

export interface ContactFilters {
  query: string;
  tag: string;
  lastOutcome: string;
  followUpDue: boolean;
  /** a call list's id as the select holds it; '' = all lists */
  listId: string;
}

export const noFilters: ContactFilters = { query: '', tag: '', lastOutcome: '', followUpDue: false, listId: '' };

/** The search request for the filters; "follow-up due" means due by now. */
export function toSearchRequest(f: ContactFilters, now = Date.now()): SearchRequest {
  return {
    query: f.query.trim().slice(0, 100),
    ...(f.tag.trim() ? { tag: f.tag.trim() } : {}),
    ...(f.lastOutcome ? { lastOutcome: f.lastOutcome } : {}),
    ...(f.followUpDue ? { followUpDueBefore: now } : {}),
    ...(f.listId ? { listId: Number(f.listId) } : {}),
  };
}
