import type { Database } from 'better-sqlite3';
import { normalizePhone } from '../../../../common/phone';
import type { LogCallRequest, UpdateContactRequest } from '../../../../common/crm';
import { reindexContact } from '../db/search-index';
import { isMaskedContactSql } from './masked-contacts';
import { BadInputError, NotFoundError } from '../../store/store-errors';
import { reason } from '../../../../common/ipc/failure-reason';

type LogCall = Required<Omit<LogCallRequest, 'contactId'>> & { contactId?: number | null };

function touch(db: Database, contactId: number, now: number): void {
  const { changes } = db.prepare('UPDATE contacts SET updated_at = ? WHERE id = ?').run(now, contactId);
  if (changes === 0) throw new NotFoundError(`contact ${contactId} not found`, reason('contact.missing'));
}

export function updateContact(db: Database, request: UpdateContactRequest, now = Date.now()): void {
  db.transaction(() => {
    touch(db, request.id, now);
    // the page only ever saw this customer's extra fields masked: saving them would store the masks over the real values
    if (request.extra && db.prepare(`SELECT ${isMaskedContactSql('?')}`).pluck().get(request.id) === 1) {
      throw new BadInputError('the extra fields of a customer whose numbers are masked cannot be edited at the desk', reason('contact.maskedExtra'));
    }
    db.prepare(
      `UPDATE contacts SET name = coalesce(?, name), company = coalesce(?, company), extra = coalesce(?, extra) WHERE id = ?`,
    ).run(request.name ?? null, request.company ?? null, request.extra ? JSON.stringify(request.extra) : null, request.id);
    reindexContact(db, request.id);
  })();
}

export function addNote(db: Database, contactId: number, body: string, now = Date.now()): number {
  return db.transaction(() => {
    touch(db, contactId, now);
    return Number(db.prepare('INSERT INTO notes(contact_id, body, created_at) VALUES (?, ?, ?)').run(contactId, body, now).lastInsertRowid);
  })();
}

/** Replaces the contact's tag set; tags no contact uses any more are kept for the tag picker. */
export function setTags(db: Database, contactId: number, tags: readonly string[], now = Date.now()): void {
  db.transaction(() => {
    touch(db, contactId, now);
    db.prepare('DELETE FROM contact_tags WHERE contact_id = ?').run(contactId);
    const upsert = db.prepare('INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO UPDATE SET name = excluded.name RETURNING id').pluck();
    const link = db.prepare('INSERT OR IGNORE INTO contact_tags(contact_id, tag_id) VALUES (?, ?)');
    for (const tag of new Set(tags)) link.run(contactId, upsert.get(tag));
  })();
}

/** contacts.next_follow_up_at mirrors the earliest open follow-up so lists can filter on it by index. */
function refreshNextFollowUp(db: Database, contactId: number): void {
  db.prepare(
    'UPDATE contacts SET next_follow_up_at = (SELECT min(due_at) FROM follow_ups WHERE contact_id = @id AND done_at IS NULL) WHERE id = @id',
  ).run({ id: contactId });
}

export function scheduleFollowUp(db: Database, contactId: number, dueAt: number, reason: string, now = Date.now()): number {
  return db.transaction(() => {
    touch(db, contactId, now);
    const id = Number(
      db.prepare('INSERT INTO follow_ups(contact_id, due_at, reason, created_at) VALUES (?, ?, ?, ?)').run(contactId, dueAt, reason, now).lastInsertRowid,
    );
    refreshNextFollowUp(db, contactId);
    return id;
  })();
}

export function completeFollowUp(db: Database, id: number, doneAt: number): void {
  db.transaction(() => {
    const contactId = db.prepare('UPDATE follow_ups SET done_at = ? WHERE id = ? RETURNING contact_id').pluck().get(doneAt, id) as number | undefined;
    if (contactId === undefined) throw new NotFoundError(`follow-up ${id} not found`);
    refreshNextFollowUp(db, contactId);
  })();
}

/** Calls are stored under the normalised number so complaint counts and lookups match across formats. */
export function logCall(db: Database, call: LogCall): number {
  const parsed = normalizePhone(call.number);
  const number = parsed.ok ? parsed.phone.key : call.number;
  return db.transaction(() => {
    const contactId =
      call.contactId ?? (db.prepare('SELECT contact_id FROM contact_phones WHERE phone_key = ?').pluck().get(number) as number | undefined) ?? null;
    const id = Number(
      db.prepare(
        `INSERT INTO call_log(contact_id, line, direction, number, started_at, answered_at, ended_at, outcome, disposition, recording_path, privacy_binding_id, campaign_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(contactId, call.line, call.direction, number, call.startedAt, call.answeredAt, call.endedAt, call.outcome, call.disposition,
        call.recordingPath, call.privacyBindingId, call.campaignId).lastInsertRowid,
    );
    if (contactId !== null) {
      db.prepare('UPDATE contacts SET last_outcome = coalesce(?, ?, last_outcome), updated_at = ? WHERE id = ?')
        .run(call.disposition, call.outcome, call.startedAt, contactId);
    }
    return id;
  })();
}

export function setDisposition(db: Database, callId: number, disposition: string, now = Date.now()): void {
  db.transaction(() => {
    const contactId = db.prepare('UPDATE call_log SET disposition = ? WHERE id = ? RETURNING contact_id').pluck().get(disposition, callId) as
      | number
      | null
      | undefined;
    if (contactId === undefined) throw new NotFoundError(`call ${callId} not found`);
    if (contactId !== null) db.prepare('UPDATE contacts SET last_outcome = ?, updated_at = ? WHERE id = ?').run(disposition, now, contactId);
  })();
}
