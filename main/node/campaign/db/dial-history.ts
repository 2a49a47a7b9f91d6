import type { Database } from 'better-sqlite3';
import type { DncReason } from '../../../../common/crm';
import type { DialRecord } from '../../../../common/compliance/dial-record';
import { normalizePhone } from '../../../../common/phone';
import type { NormalizedPhone } from '../../../../common/phone';
import { NotFoundError } from '../../store/store-errors';
import { reason } from '../../../../common/ipc/failure-reason';

export type ResolvedNumber = { ok: true; phone: NormalizedPhone; contactId: number | null } | { ok: false; reason: string };

/** A typed number, or the phoneIndex-th number of a contact (the order the contact card shows). */
export function resolveSubject(db: Database, subject: { number: string } | { contactId: number; phoneIndex: number }): ResolvedNumber {
  if ('number' in subject) {
    const parsed = normalizePhone(subject.number);
    if (!parsed.ok) return { ok: false, reason: parsed.reason };
    const contactId = (db.prepare('SELECT contact_id FROM contact_phones WHERE phone_key = ?').pluck().get(parsed.phone.key) as number | undefined) ?? null;
    return { ok: true, phone: parsed.phone, contactId };
  }
  const row = db
    .prepare('SELECT phone_key AS key, e164, national, extension, kind FROM contact_phones WHERE contact_id = ? ORDER BY position LIMIT 1 OFFSET ?')
    .get(subject.contactId, subject.phoneIndex) as (Omit<NormalizedPhone, 'extension'> & { extension: string | null }) | undefined;
  if (row === undefined) throw new NotFoundError(`contact ${subject.contactId} has no number #${subject.phoneIndex}`, reason('contact.noNumber'));
  const { extension, ...phone } = row;
  return { ok: true, phone: extension === null ? phone : { ...phone, extension }, contactId: subject.contactId };
}

/** DNC is keyed like contact numbers; an entry for the bare number covers its extensions too. */
export function dncLookup(db: Database): (phone: NormalizedPhone) => DncReason | null {
  const get = db.prepare('SELECT reason FROM dnc WHERE phone_key IN (?, ?)').pluck();
  return (phone) => (get.get(phone.key, phone.e164) as DncReason | undefined) ?? null;
}

/**
 * Every earlier outbound dial to the number, across campaigns, agents and manual calls: call-log rows
 * plus campaign attempts not (yet) linked to one. Refusals come from attempts disposed as 'refused'.
 */
export function dialHistory(db: Database, phone: NormalizedPhone, since: number): DialRecord[] {
  const logged = db
    .prepare("SELECT started_at FROM call_log WHERE number IN (?, ?) AND direction = 'outbound' AND started_at >= ?")
    .pluck()
    .all(phone.key, phone.e164, since) as number[];
  const unlinked = db
    .prepare('SELECT at FROM campaign_attempts WHERE phone_key = ? AND call_log_id IS NULL AND at >= ?')
    .pluck()
    .all(phone.e164, since) as number[];
  const refusals = db
    .prepare("SELECT at FROM campaign_attempts WHERE phone_key = ? AND disposition_effect = 'refused'")
    .pluck()
    .all(phone.e164) as number[];
  return [...logged.map((at) => ({ at, refused: false })), ...unlinked.map((at) => ({ at, refused: false })), ...refusals.map((at) => ({ at, refused: true }))];
}
