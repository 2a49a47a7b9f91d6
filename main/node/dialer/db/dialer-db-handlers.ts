// The dialer's queries, served by the store's DB worker: a contact's phone by position (what a
// {contactId, phoneIndex} dial subject means) and the recent calls with their masking decided here,
// so a masked campaign's numbers leave the worker only as 138****8000.
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { CallOutcome } from '../../../../common/crm';
type Outcome = z.infer<typeof CallOutcome>;
import { defineHandler } from '../../store/define-handler';
import { maskNumber } from '../../../../common/privacy/mask-number';
import { isMaskedContactSql } from '../../crm/repo/masked-contacts';
import { NotFoundError } from '../../store/store-errors';
import { maskedText } from '../../crm/repo/mask-extra-fields';
import { reason } from '../../../../common/ipc/failure-reason';

const PhoneRef = z.object({ contactId: z.number().int().positive(), phoneIndex: z.number().int().min(0).max(50) });
const RecentRequest = z.object({ limit: z.number().int().min(1).max(200).default(30) });

export interface ContactPhone {
  e164: string;
  extension: string | null;
  contactName: string;
}

/** Phones are ordered by their position on the contact, as the contact card lists them. */
export function contactPhone(db: Database, contactId: number, phoneIndex: number): ContactPhone {
  const row = db
    .prepare(
      `SELECT p.e164, p.extension, c.name AS contactName FROM contact_phones p JOIN contacts c ON c.id = p.contact_id
       WHERE p.contact_id = ? ORDER BY p.position LIMIT 1 OFFSET ?`,
    )
    .get(contactId, phoneIndex) as ContactPhone | undefined;
  if (!row) throw new NotFoundError(`contact ${contactId} has no phone number ${phoneIndex + 1}`, reason('contact.noNumber'));
  return row;
}

interface RecentRow {
  id: number;
  direction: 'inbound' | 'outbound';
  number: string;
  contactId: number | null;
  contactName: string | null;
  campaignId: string | null;
  line: string;
  startedAt: number;
  answeredAt: number | null;
  /** call_log.outcome holds CallOutcome values only (logCall validates them) */
  outcome: Outcome | null;
  privacyBindingId: string | null;
  /** 1 when the customer is masked (an inbound or manual call too), the call's campaign masks numbers, or the campaign is no longer known (masked to be safe) */
  masked: number;
  phoneIndex: number;
  onContact: number;
}

/** Newest first. A masked row carries no number at all: only its mask and the contact phone to redial. */
export function recentCalls(db: Database, limit: number) {
  const rows = db
    .prepare(
      `SELECT l.id, l.direction, l.number, l.contact_id AS contactId, c.name AS contactName, l.campaign_id AS campaignId, l.line,
              l.started_at AS startedAt, l.answered_at AS answeredAt, l.outcome, l.privacy_binding_id AS privacyBindingId,
              CASE WHEN l.contact_id IS NOT NULL AND ${isMaskedContactSql('l.contact_id')} THEN 1
                   WHEN l.campaign_id IS NULL THEN 0
                   WHEN k.id IS NULL THEN 1
                   ELSE coalesce(json_extract(k.settings, '$.maskNumbers'), 0) END AS masked,
              (SELECT count(*) FROM contact_phones q WHERE q.contact_id = l.contact_id
                 AND q.position < (SELECT p.position FROM contact_phones p WHERE p.contact_id = l.contact_id AND p.phone_key = l.number)) AS phoneIndex,
              EXISTS (SELECT 1 FROM contact_phones p WHERE p.contact_id = l.contact_id AND p.phone_key = l.number) AS onContact
       FROM call_log l LEFT JOIN contacts c ON c.id = l.contact_id LEFT JOIN campaigns k ON k.id = l.campaign_id
       ORDER BY l.started_at DESC, l.id DESC LIMIT ?`,
    )
    .all(limit) as RecentRow[];
  return rows.map((r) => {
    const masked = r.masked === 1;
    const redial = r.onContact === 1 && r.contactId !== null ? { contactId: r.contactId, phoneIndex: r.phoneIndex } : masked ? null : { number: r.number };
    return {
      id: r.id,
      direction: r.direction,
      display: masked ? maskNumber(r.number) : r.number,
      masked,
      contactId: r.contactId,
      contactName: r.contactName === null ? null : maskedText(r.contactName, masked),
      campaignId: r.campaignId,
      line: r.line,
      startedAt: r.startedAt,
      answeredAt: r.answeredAt,
      outcome: r.outcome,
      privacyBindingId: r.privacyBindingId,
      redial,
    };
  });
}

export const dialerDbHandlers = {
  dialerContactPhone: defineHandler(PhoneRef, (db, r) => contactPhone(db, r.contactId, r.phoneIndex)),
  dialerRecentCalls: defineHandler(RecentRequest, (db, r) => recentCalls(db, r.limit)),
};
