import type { Database } from 'better-sqlite3';
import { normalizePhone } from '../../../../common/phone';
import type { DncEntry, DncReason } from '../../../../common/crm';
import { ImportInputError } from '../import/importErrors';
import { MASKING_CAMPAIGN_IDS, isMaskedNumberSql } from './maskedContacts';

/** DNC entries are keyed like contact numbers so "010-12345678" and "+86 10 1234 5678" are one entry. */
function keyOf(number: string): string {
  const parsed = normalizePhone(number);
  if (!parsed.ok) throw new ImportInputError(`not a phone number: ${number} (${parsed.reason})`);
  return parsed.phone.key;
}

export function addDnc(db: Database, number: string, reason: DncReason, source: string, note = '', now = Date.now()): DncEntry {
  const phoneKey = keyOf(number);
  db.prepare(
    `INSERT INTO dnc(phone_key, reason, source, note, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(phone_key) DO UPDATE SET reason = excluded.reason, source = excluded.source, note = excluded.note`,
  ).run(phoneKey, reason, source, note, now);
  return db.prepare('SELECT phone_key AS phoneKey, reason, source, note, created_at AS createdAt FROM dnc WHERE phone_key = ?').get(phoneKey) as DncEntry;
}

export function removeDnc(db: Database, number: string): boolean {
  return db.prepare('DELETE FROM dnc WHERE phone_key = ?').run(keyOf(number)).changes > 0;
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
       WHERE phone_key > ? AND d.source NOT IN (SELECT 'campaign:' || id FROM (${MASKING_CAMPAIGN_IDS})) AND NOT ${isMaskedNumberSql('d.phone_key')}
       ORDER BY phone_key LIMIT ?`,
    )
    .all(afterKey, limit) as DncEntry[];
}
