import type { Database } from 'better-sqlite3';
import type { Campaign } from '../../../../common/campaign/campaign-schema';
import type { LeadOffer, NextLeadResult } from '../../../../common/campaign/dto';
import type { Attempt, Callback, LeadCandidate } from '../../../../common/campaign/lead-records';
import { selectNextLead, type NextLead, type SkipCounts } from '../../../../common/campaign/next-lead';
import type { DialOutcome } from '../../../../common/outcome/dial-outcome';
import { maskNumber } from '../../../../common/privacy/mask-number';
import type { NormalizedPhone } from '../../../../common/phone';
import { getCampaign } from './campaign-repo';
import { numberChecker } from './compliance-check';
import { CampaignInputError } from '../../store/store-errors';
import { maskedText, maskExtraFields } from '../../crm/repo/mask-extra-fields';
import { reason } from '../../../../common/ipc/failure-reason';

/** A claim nobody renewed for this long (crashed desk) no longer holds the lead. */
export const CLAIM_TTL_MS = 60 * 60_000;
/** A lead the agent skipped in preview is not offered to them again for this long. */
export const SKIP_MS = 15 * 60_000;
/** Fresh contacts are read in pages in list order, so a million-row list costs one page per offer. */
const FRESH_PAGE = 200;
const MAX_FRESH_PAGES = 20;

interface PhoneRow extends NormalizedPhone {
  contactId: number;
  index: number;
}

interface Loaded {
  candidates: LeadCandidate[];
  phones: Map<number, PhoneRow[]>;
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(',') || 'NULL';

function loadCandidates(db: Database, campaignId: string, ids: readonly number[], claims: ReadonlyMap<number, string>): Loaded {
  const phones = new Map<number, PhoneRow[]>();
  const attempts = new Map<number, Attempt[]>();
  if (ids.length > 0) {
    const rows = db
      .prepare(
        `SELECT contact_id AS contactId, phone_key AS key, e164, national, extension, kind FROM contact_phones
         WHERE contact_id IN (${placeholders(ids.length)}) ORDER BY contact_id, position`,
      )
      .all(...ids) as Array<Omit<PhoneRow, 'index' | 'extension'> & { extension: string | null }>;
    for (const { extension, ...row } of rows) {
      const list = phones.get(row.contactId) ?? [];
      list.push({ ...row, ...(extension === null ? {} : { extension }), index: list.length });
      phones.set(row.contactId, list);
    }
    const attemptRows = db
      .prepare(
        `SELECT contact_id AS contactId, phone_key AS phoneKey, at, agent_id AS agentId, outcome, disposition_code AS code, disposition_effect AS effect
         FROM campaign_attempts WHERE campaign_id = ? AND contact_id IN (${placeholders(ids.length)}) ORDER BY at`,
      )
      .all(campaignId, ...ids) as Array<Omit<Attempt, 'disposition'> & { code: string | null; effect: string | null }>;
    for (const { code, effect, ...row } of attemptRows) {
      const list = attempts.get(row.contactId) ?? [];
      list.push({ ...row, disposition: code === null || effect === null ? null : ({ code, effect } as Attempt['disposition']) });
      attempts.set(row.contactId, list);
    }
  }
  const candidates: LeadCandidate[] = [];
  for (const contactId of ids) {
    const keys = [...new Set((phones.get(contactId) ?? []).map((p) => p.e164))];
    if (keys.length === 0) continue;
    candidates.push({ contactId, phoneKeys: keys, attempts: attempts.get(contactId) ?? [], claimedBy: claims.get(contactId) ?? null });
  }
  return { candidates, phones };
}

function merge(into: SkipCounts, from: SkipCounts): void {
  for (const [reason, n] of Object.entries(from) as Array<[keyof SkipCounts, number]>) into[reason] = (into[reason] ?? 0) + n;
}

/** Main keys central claims by the contact's first number; the contract strips this before the page sees it. */
export type OfferWithKey = LeadOffer & { primaryE164: string };

function offer(db: Database, campaign: Campaign, pick: Extract<NextLead, { kind: 'dial' }>, phones: PhoneRow[], skipped: SkipCounts): OfferWithKey {
  const contact = db.prepare('SELECT name, company, extra FROM contacts WHERE id = ?').get(pick.contactId) as { name: string; company: string; extra: string };
  const extra = JSON.parse(contact.extra) as Record<string, string>;
  const notes = db.prepare('SELECT body FROM notes WHERE contact_id = ? ORDER BY created_at DESC, id DESC LIMIT 3').pluck().all(pick.contactId) as string[];
  const history = db
    .prepare('SELECT phone_key AS phoneKey, outcome FROM campaign_attempts WHERE campaign_id = ? AND contact_id = ? ORDER BY at')
    .all(campaign.id, pick.contactId) as Array<{ phoneKey: string; outcome: DialOutcome }>;
  const numbers = phones.map((p) => {
    const mine = history.filter((h) => h.phoneKey === p.e164);
    const display = p.extension ? `${p.e164} ext. ${p.extension}` : p.e164;
    return {
      phoneIndex: p.index,
      display: campaign.maskNumbers ? maskNumber(p.e164) : display,
      kind: p.kind,
      attempts: mine.length,
      lastOutcome: mine.at(-1)?.outcome ?? null,
    };
  });
  return {
    primaryE164: phones[0]!.e164,
    kind: 'lead',
    campaignId: campaign.id,
    contactId: pick.contactId,
    phoneIndex: phones.find((p) => p.e164 === pick.phoneKey)?.index ?? 0,
    reason: pick.reason,
    callbackId: pick.callbackId ?? null,
    name: maskedText(contact.name, campaign.maskNumbers),
    company: maskedText(contact.company, campaign.maskNumbers),
    numbers,
    attempts: history.length,
    masked: campaign.maskNumbers,
    skipped: skipped as Record<string, number>,
    extra: Object.entries(campaign.maskNumbers ? maskExtraFields(extra) : extra),
    notes: notes.map((body) => maskedText(body, campaign.maskNumbers)),
  };
}

/**
 * The next lead for this agent: callbacks due, retries due, then fresh contacts in list order; each
 * compliance-checked before it is offered. The chosen lead is claimed for the agent (any earlier claim
 * of theirs in this campaign is released).
 */
export function nextLead(db: Database, input: { campaignId: string; agentId: string; now: number }): NextLeadResult | OfferWithKey {
  const { agentId, now } = input;
  const campaign = getCampaign(db, input.campaignId);
  if (db.prepare('SELECT archived FROM campaigns WHERE id = ?').pluck().get(campaign.id) === 1) {
    throw new CampaignInputError(`campaign ${campaign.id} is archived`, reason('campaign.archived'));
  }
  const lists = campaign.listIds.map(Number).filter(Number.isInteger);
  const claims = new Map<number, string>();
  const skippedByMe = new Set<number>();
  const leadRows = db
    .prepare('SELECT contact_id AS contactId, claimed_by AS claimedBy, claimed_at AS claimedAt, skipped_by AS skippedBy, skipped_until AS skippedUntil FROM campaign_leads WHERE campaign_id = ?')
    .all(campaign.id) as Array<{ contactId: number; claimedBy: string | null; claimedAt: number | null; skippedBy: string | null; skippedUntil: number | null }>;
  for (const row of leadRows) {
    if (row.claimedBy !== null && (row.claimedAt ?? 0) > now - CLAIM_TTL_MS) claims.set(row.contactId, row.claimedBy);
    if (row.skippedBy === agentId && (row.skippedUntil ?? 0) > now) skippedByMe.add(row.contactId);
  }
  const callbacks = (
    db
      .prepare(
        `SELECT id, contact_id AS contactId, phone_key AS phoneKey, due_at AS dueAt, owner_agent_id AS ownerAgentId, scope, done_at AS doneAt
         FROM campaign_callbacks WHERE campaign_id = ? AND done_at IS NULL`,
      )
      .all(campaign.id) as Callback[]
  );
  const touched = db
    .prepare(
      `SELECT contact_id FROM campaign_attempts WHERE campaign_id = ? UNION SELECT contact_id FROM campaign_callbacks WHERE campaign_id = ? AND done_at IS NULL`,
    )
    .pluck()
    .all(campaign.id, campaign.id) as number[];
  const freshPage = db
    .prepare(
      `SELECT DISTINCT m.contact_id FROM list_members m
       WHERE m.list_id IN (${placeholders(lists.length)}) AND m.contact_id > ?
         AND NOT EXISTS (SELECT 1 FROM campaign_attempts a WHERE a.campaign_id = ? AND a.contact_id = m.contact_id)
       ORDER BY m.contact_id LIMIT ${FRESH_PAGE}`,
    )
    .pluck();
  const checker = numberChecker(db, campaign.compliance);

  const skipped: SkipCounts = {};
  let wait: number | null = null;
  let after = 0;
  for (let page = 0; page <= MAX_FRESH_PAGES; page++) {
    const fresh = freshPage.all(...lists, after, campaign.id) as number[];
    after = fresh.at(-1) ?? after;
    const ids = [...new Set([...(page === 0 ? touched : []), ...fresh])].filter((id) => !skippedByMe.has(id));
    const { candidates, phones } = loadCandidates(db, campaign.id, ids, claims);
    const byE164 = new Map([...phones.values()].flat().map((p) => [`${p.contactId} ${p.e164}`, p]));
    const pick = selectNextLead({
      now,
      agentId,
      pacing: campaign.pacing,
      candidates,
      callbacks: page === 0 ? callbacks : [],
      check: (phoneKey, contactId) => checker(byE164.get(`${contactId} ${phoneKey}`)!, now),
    });
    merge(skipped, pick.skipped);
    if (pick.kind === 'dial') {
      claim(db, campaign.id, pick.contactId, agentId, now);
      return offer(db, campaign, pick, phones.get(pick.contactId)!, skipped);
    }
    if (pick.kind === 'wait') wait = wait === null ? pick.until : Math.min(wait, pick.until);
    if (fresh.length < FRESH_PAGE) break;
  }
  return wait === null ? { kind: 'none', skipped: skipped as Record<string, number> } : { kind: 'wait', until: wait, skipped: skipped as Record<string, number> };
}

function claim(db: Database, campaignId: string, contactId: number, agentId: string, now: number): void {
  db.transaction(() => {
    db.prepare('UPDATE campaign_leads SET claimed_by = NULL, claimed_at = NULL WHERE campaign_id = ? AND claimed_by = ?').run(campaignId, agentId);
    db.prepare(
      `INSERT INTO campaign_leads(campaign_id, contact_id, claimed_by, claimed_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(campaign_id, contact_id) DO UPDATE SET claimed_by = excluded.claimed_by, claimed_at = excluded.claimed_at`,
    ).run(campaignId, contactId, agentId, now);
  })();
}
