import type { Database } from 'better-sqlite3';
import type { CallLogEntry, ContactCard, FollowUpDto, NoteDto, PhoneDto } from '../../../../common/crm';
import { IS_MASKED_CONTACT, maskCall, maskPhone } from './masked-contacts';
import { maskExtraFields, maskNumbersInText, maskedText } from './mask-extra-fields';
import { NotFoundError } from '../../store/store-errors';
import { isOnDncSql } from './dnc-list';
import { reason } from '../../../../common/ipc/failure-reason';

/** Everything the contact card shows, read in one snapshot. */
export function getContactCard(db: Database, id: number): ContactCard {
  return db.transaction((): ContactCard => {
    const row = db
      .prepare(
        `SELECT id, name, company, extra, last_outcome AS lastOutcome, next_follow_up_at AS nextFollowUpAt,
                created_at AS createdAt, updated_at AS updatedAt, ${IS_MASKED_CONTACT} AS masked FROM contacts c WHERE id = ?`,
      )
      .get(id) as (Omit<ContactCard, 'extra' | 'phones' | 'tags' | 'lists' | 'notes' | 'followUps' | 'calls' | 'primaryPhone' | 'masked'> & { extra: string; masked: 0 | 1 }) | undefined;
    if (!row) throw new NotFoundError(`contact ${id} not found`, reason('contact.missing'));
    const masked = row.masked === 1;
    const stored = (db
      .prepare(
        `SELECT e164, national, extension, kind, raw, ${isOnDncSql('p')} AS dnc
         FROM contact_phones p WHERE contact_id = ? ORDER BY position`,
      )
      .all(id) as (Omit<PhoneDto, 'extension' | 'dnc'> & { extension: string | null; dnc: 0 | 1 })[]).map(({ extension, dnc, ...p }) => ({
      ...p,
      ...(extension ? { extension } : {}),
      ...(dnc ? { dnc: true as const } : {}),
    }));
    const phones = masked ? stored.map(maskPhone) : stored;
    const calls = db
      .prepare(
        `SELECT id, contact_id AS contactId, line, direction, number, started_at AS startedAt, answered_at AS answeredAt,
                ended_at AS endedAt, outcome, disposition, recording_path AS recordingPath, privacy_binding_id AS privacyBindingId,
                campaign_id AS campaignId
         FROM call_log WHERE contact_id = ? ORDER BY started_at DESC LIMIT 100`,
      )
      .all(id) as CallLogEntry[];
    return {
      ...row,
      name: maskedText(row.name, masked),
      company: maskedText(row.company, masked),
      masked,
      // imported columns can hold numbers too (备用电话, 紧急联系人 "…139 0013 9000"): masked like the phones
      extra: masked ? maskExtraFields(JSON.parse(row.extra) as Record<string, string>) : (JSON.parse(row.extra) as Record<string, string>),
      phones,
      ...(phones.some((p) => p.dnc) ? { dnc: true as const } : {}), // as the list row says it
      primaryPhone: phones[0]?.e164 ?? null,
      tags: db.prepare('SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = ? ORDER BY t.name').pluck().all(id) as string[],
      lists: db.prepare('SELECT l.name FROM list_members m JOIN lists l ON l.id = m.list_id WHERE m.contact_id = ? ORDER BY l.name').pluck().all(id) as string[],
      notes: maskNotes(db.prepare('SELECT id, contact_id AS contactId, body, created_at AS createdAt FROM notes WHERE contact_id = ? ORDER BY created_at DESC, id DESC').all(id) as NoteDto[], masked),
      followUps: (db
        .prepare('SELECT id, contact_id AS contactId, due_at AS dueAt, reason, done_at AS doneAt FROM follow_ups WHERE contact_id = ? ORDER BY due_at')
        .all(id) as FollowUpDto[]).map((f) => ({ ...f, reason: maskedText(f.reason, masked) })), // agents type numbers there too
      calls: masked ? calls.map(maskCall) : calls,
    };
  })();
}

/** An imported 备注 column becomes a note ("老板手机13800138000"), so a masked customer's notes are masked as extras are. */
function maskNotes(notes: NoteDto[], masked: boolean): NoteDto[] {
  return masked ? notes.map((note) => ({ ...note, body: maskNumbersInText(note.body) })) : notes;
}
