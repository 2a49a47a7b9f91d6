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

/**
 * Entries an agent may see and change: not a masked customer's number, nor one a masking campaign's
 * refusal put here (column of the `dnc` table aliased `d`).
 */
export const VISIBLE_TO_AGENTS = `d.source NOT IN (SELECT 'campaign:' || id FROM (${MASKING_CAMPAIGN_IDS})) AND NOT ${isMaskedNumberSql('d.phone_key')}`;

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
