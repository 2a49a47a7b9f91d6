import { maskNumber } from '../../../../common/privacy/mask-number';
import { IS_MASKED_CONTACT } from './masked-contacts';
import type { Database } from 'better-sqlite3';
import { digitsOf } from '../../../../common/phone';
import { PREFIX_MARK } from '../db/search-index';
import type { ContactSummary, CountResult, SearchPage, SearchRequestParsed } from '../../../../common/crm';
import { maskedText } from './mask-extra-fields';
import { isOnDncSql } from './dnc-list';

/** Counting stops here: above it the UI shows "10,000+" instead of scanning a million rows. */
export const COUNT_CAP = 10_000;

interface Query {
  from: string;
  where: string[];
  params: unknown[];
  idColumn: string;
}

/**
 * Text routing: >= 3 digits -> trigram search over numbers; otherwise trigram search over name and
 * company, where 1-2 characters (王, 王芳) match as a prefix through the marks of migration 4.
 * Every text search is one FTS posting list read in rowid order, so LIMIT stops it early.
 * A number search never finds a masked customer: the row would show only 138****8000, but the match
 * itself would tell the agent that the digits they typed are that customer's, and probing fragment
 * by fragment would spell the whole number out. Masked customers are found by name and company.
 */
function buildQuery(request: SearchRequestParsed): Query {
  const where: string[] = [];
  const params: unknown[] = [];
  let from = 'contacts c';
  let idColumn = 'c.id';
  // control characters are stripped so nobody can type the prefix mark
  const text = request.query.normalize('NFKC').replace(/\p{Cc}/gu, '').trim();
  const digits = nationalDigits(text);
  const byNumber = /^[\d\s+\-()]+$/.test(text) && digits.length >= 3;
  if (text !== '') {
    from = 'contact_search s JOIN contacts c ON c.id = s.rowid';
    idColumn = 's.rowid';
    where.push('contact_search MATCH ?');
    params.push(byNumber ? `phones:${ftsPhrase(digits)}` : `{name company}:${ftsPhrase(namePattern(text))}`);
    if (byNumber) where.push(`NOT ${IS_MASKED_CONTACT}`);
  }
  if (request.tag !== undefined) {
    where.push(`${idColumn} IN (SELECT ct.contact_id FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = ?)`);
    params.push(request.tag);
  }
  if (request.listId !== undefined) {
    where.push(`${idColumn} IN (SELECT contact_id FROM list_members WHERE list_id = ?)`);
    params.push(request.listId);
  }
  if (request.lastOutcome !== undefined) {
    where.push('c.last_outcome = ?');
    params.push(request.lastOutcome);
  }
  if (request.followUpDueBefore !== undefined) {
    where.push('c.next_follow_up_at <= ?');
    params.push(request.followUpDueBefore);
  }
  return { from, where, params, idColumn };
}

/** The index holds national digits, so "+86 138…" and "0086 138…" are searched without the country code. */
function nationalDigits(text: string): string {
  const digits = digitsOf(text);
  const country = /^\s*(?:\+|00)\s*86/.test(text) ? digits.indexOf('86') + 2 : 0;
  return digits.slice(country);
}

/** 1-2 characters are only searched as the start of a name or company. */
function namePattern(text: string): string {
  const length = [...text].length;
  return length >= 3 ? text : PREFIX_MARK.slice(0, 3 - length) + text;
}

/** Quotes user text as one FTS5 phrase so characters like " or * are searched, not interpreted. */
function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * One page of the list. The per-row columns (first number, tags, masked, DNC) are correlated subqueries
 * in the SELECT list, so SQLite computes them only for the rows of the page, after WHERE, ORDER BY and
 * OFFSET: the DNC mark costs each row a probe of its numbers and two of the DNC key, whatever the list size.
 */
export function searchContacts(db: Database, request: SearchRequestParsed): SearchPage {
  const q = buildQuery(request);
  const where = [...q.where];
  const params = [...q.params];
  if (request.afterId !== undefined) {
    where.push(`${q.idColumn} > ?`);
    params.push(request.afterId);
  }
  const sql = `SELECT c.id, c.name, c.company, c.last_outcome AS lastOutcome, c.next_follow_up_at AS nextFollowUpAt,
      (SELECT e164 FROM contact_phones p WHERE p.contact_id = c.id ORDER BY position LIMIT 1) AS primaryPhone,
      (SELECT group_concat(t.name, char(31)) FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = c.id) AS tags,
      ${IS_MASKED_CONTACT} AS masked,
      EXISTS (SELECT 1 FROM contact_phones dp WHERE dp.contact_id = c.id AND ${isOnDncSql('dp')}) AS dnc
    FROM ${q.from} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${q.idColumn} LIMIT ? OFFSET ?`;
  const rows = db.prepare(sql).all(...params, request.limit, request.offset) as (Omit<ContactSummary, 'tags' | 'masked' | 'dnc'> & {
    tags: string | null;
    masked: 0 | 1;
    dnc: 0 | 1;
  })[];
  const items = rows.map(({ dnc, ...r }) => ({
    ...r,
    ...(dnc === 1 ? { dnc: true as const } : {}),
    tags: r.tags ? r.tags.split('\u001f') : [],
    masked: r.masked === 1,
    name: maskedText(r.name, r.masked === 1),
    company: maskedText(r.company, r.masked === 1),
    primaryPhone: r.masked === 1 && r.primaryPhone !== null ? maskNumber(r.primaryPhone) : r.primaryPhone,
  }));
  return { items, nextAfterId: items.length === request.limit ? items[items.length - 1]!.id : null };
}

export function countContacts(db: Database, request: SearchRequestParsed): CountResult {
  const q = buildQuery(request);
  if (q.where.length === 0) {
    return { total: db.prepare('SELECT contacts FROM crm_stats WHERE id = 1').pluck().get() as number, exact: true };
  }
  const total = db
    .prepare(`SELECT count(*) FROM (SELECT 1 FROM ${q.from} WHERE ${q.where.join(' AND ')} LIMIT ?)`)
    .pluck()
    .get(...q.params, COUNT_CAP + 1) as number;
  return total > COUNT_CAP ? { total: COUNT_CAP, exact: false } : { total, exact: true };
}
