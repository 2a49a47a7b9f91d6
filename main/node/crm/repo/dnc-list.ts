import type { Database } from 'better-sqlite3';
import { normalizePhone } from '../../../../common/phone';
import type { DncEntry, DncReason } from '../../../../common/crm';
import { ImportInputError, NotFoundError } from '../../store/store-errors';
import { MASKING_CAMPAIGN_IDS, isMaskedNumberSql } from './masked-contacts';
import { reason as because } from '../../../../common/ipc/failure-reason';

/** DNC entries are keyed like contact numbers so "010-12345678" and "+86 10 1234 5678" are one entry. */
function keyOf(number: string): string {
  const parsed = normalizePhone(number);
  if (!parsed.ok) throw new ImportInputError(`not a phone number: ${number} (${parsed.reason})`, because('dnc.notPhone'));
  return parsed.phone.key;
}

/**
 * Entries an agent may see and change: not a masked customer's number, nor one a masking campaign's
 * refusal put here (column of the `dnc` table aliased `d`).
 */
export const VISIBLE_TO_AGENTS = `d.source NOT IN (SELECT 'campaign:' || id FROM (${MASKING_CAMPAIGN_IDS})) AND NOT ${isMaskedNumberSql('d.phone_key')}`;

/**
 * SQL predicate: is the number of the contact_phones row aliased `phone` blocked? Exactly as dncLookup
 * enforces it: an entry for its own key, or for its bare number (which covers every extension of it).
 * Two probes of the DNC primary key.
 */
export function isOnDncSql(phone: string): string {
  return `EXISTS (SELECT 1 FROM dnc dd WHERE dd.phone_key IN (${phone}.phone_key, ${phone}.e164))`;
}

/**
 * Who writes an entry. Only the desk (the agents' DNC panel, over IPC) types numbers of its own choosing,
 * so only the desk is kept away from hidden entries; a campaign's refusal (the dialled lead's own number)
 * and the admin CLI record or overwrite any entry.
 */
export type DncWriter = 'desk' | 'campaign' | 'admin';

/**
 * Records a number, or overwrites an existing entry's reason, source and note (created_at stays).
 * From the desk, an existing entry the panel hides is left exactly as it is, and the answer is the one a
 * number not yet listed gets (the desk's own reason/source/note, createdAt = now): echoing the stored
 * entry would tell an agent who typed a guess that it is a masked customer's refusal, and when it was
 * recorded; overwriting its source would unhide it and lose why it is there. One upsert decides, so the
 * check and the write cannot be split, and a bad row fails the same way whether hidden or not.
 */
export function addDnc(
  db: Database, number: string, reason: DncReason, source: string, note = '', now = Date.now(), from: DncWriter = 'desk',
): DncEntry {
  return addDncKey(db, keyOf(number), reason, source, note, now, from);
}

/** addDnc for a number already keyed: a contact's or an attempt's stored key (contact_phones.phone_key is the DNC key). */
export function addDncKey(
  db: Database, phoneKey: string, reason: DncReason, source: string, note = '', now = Date.now(), from: DncWriter = 'desk',
): DncEntry {
  const onlyVisible = from === 'desk' ? ` WHERE ${VISIBLE_TO_AGENTS}` : '';
  return db.transaction((): DncEntry => {
    const { changes } = db
      .prepare(
        `INSERT INTO dnc AS d (phone_key, reason, source, note, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(phone_key) DO UPDATE SET reason = excluded.reason, source = excluded.source, note = excluded.note${onlyVisible}`,
      )
      .run(phoneKey, reason, source, note, now);
    // nothing written: the desk met a hidden entry; answer as a fresh add would (same keys, same order)
    if (changes === 0) return { phoneKey, reason, source, note, createdAt: now };
    return db.prepare('SELECT phone_key AS phoneKey, reason, source, note, created_at AS createdAt FROM dnc WHERE phone_key = ?').get(phoneKey) as DncEntry;
  })();
}

/**
 * `from: 'desk'` (the agent's panel) removes only entries the panel shows and answers false for a hidden
 * one, exactly as for a number not on the list, so typing a guess tells an agent nothing about a masked
 * customer and cannot lift their refusal; the admin CLI (`from: 'admin'`) removes any entry.
 */
export function removeDnc(db: Database, number: string, from: 'desk' | 'admin' = 'desk'): boolean {
  const visible = from === 'desk' ? ` AND ${VISIBLE_TO_AGENTS}` : '';
  return db.prepare(`DELETE FROM dnc AS d WHERE phone_key = ?${visible}`).run(keyOf(number)).changes > 0;
}

/**
 * The DNC panel's page, keyed and sorted by number. A masked customer's number (or one a masking
 * campaign's refusal put here) is left out, not masked: its place in the number order, or an afterKey
 * probe, would give its digits away. It is still enforced (dncLookup reads the table itself).
 */
export function listDnc(db: Database, afterKey: string, limit: number): DncEntry[] {
  return db
    .prepare(
      `SELECT phone_key AS phoneKey, reason, source, note, created_at AS createdAt FROM dnc d
       WHERE phone_key > ? AND ${VISIBLE_TO_AGENTS}
       ORDER BY phone_key LIMIT ?`,
    )
    .all(afterKey, limit) as DncEntry[];
}

/**
 * From the contact card: the contact's number at `phoneIndex` (card order) goes on the list, so the page
 * never needs the real number of a masked customer to block it.
 */
export function addContactPhoneToDnc(db: Database, contactId: number, phoneIndex: number, reason: DncReason, now = Date.now()): void {
  // the number's own key, extension included (0755-88886666转12), so the card marks exactly that number
  const phoneKey = db.prepare('SELECT phone_key FROM contact_phones WHERE contact_id = ? ORDER BY position LIMIT 1 OFFSET ?').pluck().get(contactId, phoneIndex) as
    | string
    | undefined;
  if (phoneKey === undefined) throw new NotFoundError(`contact ${contactId} has no phone number ${phoneIndex + 1}`, because('contact.noNumber'));
  addDncKey(db, phoneKey, reason, 'agent', '', now, 'desk');
}
