import type { Database } from 'better-sqlite3';
import type { NormalizedPhone } from '../../../../common/phone';

/**
 * What the trigram index sees for a contact's numbers: national digits, plus the trunk-0 form of
 * landlines because agents type Beijing numbers as 010…, not 10….
 */
const PHONES_TEXT = `(SELECT group_concat(p.national || CASE WHEN p.kind = 'landline' THEN ' 0' || p.national ELSE '' END, ' ')
   FROM contact_phones p WHERE p.contact_id = c.id)`;

/**
 * Name and company are indexed behind this mark (see migration 4) so a 1-2 character query is a
 * trigram too: "王" -> mark+mark+王, "王芳" -> mark+王芳. Queries never contain control characters.
 */
export const PREFIX_MARK = '\u0002\u0002';

/** The same text as PHONES_TEXT, built in JS while staging, where the numbers are at hand anyway. */
export function searchableDigits(phones: readonly Pick<NormalizedPhone, 'national' | 'kind'>[]): string {
  return phones.map((p) => (p.kind === 'landline' ? `${p.national} 0${p.national}` : p.national)).join(' ');
}

/**
 * The search row of a staged contact (`alias` iterates a batch's contacts JSON, see StagedBatch):
 * the column list for INSERT INTO <fts>(rowid, name, company, phones) SELECT …, with rowid `id`.
 */
export function stagedSearchRow(alias: string, id: string): string {
  return `${id}, char(2, 2) || (${alias}.value ->> 1), char(2, 2) || (${alias}.value ->> 2), ${alias}.value ->> 3`;
}

/** Re-indexes one edited contact (contentless FTS rows cannot be updated in place). */
export function reindexContact(db: Database, id: number): void {
  db.prepare('DELETE FROM contact_search WHERE rowid = ?').run(id);
  db.prepare(
    `INSERT INTO contact_search(rowid, name, company, phones)
     SELECT c.id, char(2, 2) || c.name, char(2, 2) || c.company, ${PHONES_TEXT} FROM contacts c WHERE c.id = ?`,
  ).run(id);
}
