import type { Database } from 'better-sqlite3';
import type { CallbackScope } from '../../../../common/campaign/campaign-schema';
import type { AttemptResultRequest, CallbackDto, DisposeResult } from '../../../../common/campaign/dto';
import { completeFollowUp, scheduleFollowUp, setDisposition } from '../../crm/repo/contact-edits';
import { addDncKey } from '../../crm/repo/dnc-list';
import { toCrmOutcome, type DialOutcome } from '../../../../common/outcome/dial-outcome';
import { NotFoundError } from '../../store/store-errors';
import { getCampaign } from './campaign-repo';
import { CampaignInputError } from '../../store/store-errors';
import { SKIP_MS } from './lead-picker';
import { reason } from '../../../../common/ipc/failure-reason';

interface Agent {
  agentId: string;
  now: number;
}

function e164Of(db: Database, contactId: number, phoneIndex: number): string {
  const e164 = db.prepare('SELECT e164 FROM contact_phones WHERE contact_id = ? ORDER BY position LIMIT 1 OFFSET ?').pluck().get(contactId, phoneIndex) as
    | string
    | undefined;
  if (e164 === undefined) throw new NotFoundError(`contact ${contactId} has no number #${phoneIndex}`, reason('contact.noNumber'));
  return e164;
}

/** The agent passes on a previewed lead: released, and kept away from this agent for SKIP_MS. */
export function skipLead(db: Database, input: Agent & { campaignId: string; contactId: number }): void {
  db.prepare(
    `INSERT INTO campaign_leads(campaign_id, contact_id, skipped_by, skipped_until) VALUES (?, ?, ?, ?)
     ON CONFLICT(campaign_id, contact_id) DO UPDATE SET claimed_by = NULL, claimed_at = NULL, skipped_by = excluded.skipped_by, skipped_until = excluded.skipped_until`,
  ).run(input.campaignId, input.contactId, input.agentId, input.now + SKIP_MS);
}

/** Every lead the agent holds goes back (logout, crash recovery). */
export function releaseLeads(db: Database, agentId: string): number {
  return db.prepare('UPDATE campaign_leads SET claimed_by = NULL, claimed_at = NULL WHERE claimed_by = ?').run(agentId).changes;
}

function closeDueCallbacks(db: Database, campaignId: string, contactId: number, now: number): void {
  const due = db
    .prepare('UPDATE campaign_callbacks SET done_at = ? WHERE campaign_id = ? AND contact_id = ? AND done_at IS NULL AND due_at <= ? RETURNING follow_up_id')
    .pluck()
    .all(now, campaignId, contactId, now) as Array<number | null>;
  for (const followUp of due) if (followUp !== null) completeFollowUp(db, followUp, now);
}

/** A campaign call ended: one attempt on the number actually dialled; a due callback is now kept. */
export function recordAttempt(db: Database, input: AttemptResultRequest & Agent): number {
  getCampaign(db, input.campaignId);
  const e164 = e164Of(db, input.contactId, input.phoneIndex);
  return db.transaction(() => {
    const id = Number(
      db
        .prepare('INSERT INTO campaign_attempts(campaign_id, contact_id, phone_key, agent_id, at, outcome, call_log_id) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(input.campaignId, input.contactId, e164, input.agentId, input.startedAt, input.outcome, input.callLogId).lastInsertRowid,
    );
    closeDueCallbacks(db, input.campaignId, input.contactId, input.now);
    return id;
  })();
}

interface CallbackInput extends Agent {
  campaignId: string;
  contactId: number;
  dueAt: number;
  scope: CallbackScope;
  phoneIndex: number | null;
}

/** A callback is a campaign record (who may take it) mirrored into the CRM's follow-ups (what the card shows). */
export function scheduleCallback(db: Database, input: CallbackInput): CallbackDto {
  const campaign = getCampaign(db, input.campaignId);
  const phoneKey = input.phoneIndex === null ? null : e164Of(db, input.contactId, input.phoneIndex);
  return db.transaction((): CallbackDto => {
    const followUpId = scheduleFollowUp(db, input.contactId, input.dueAt, `${campaign.name}: callback`, input.now);
    const id = Number(
      db
        .prepare(
          `INSERT INTO campaign_callbacks(campaign_id, contact_id, phone_key, due_at, owner_agent_id, scope, follow_up_id, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(campaign.id, input.contactId, phoneKey, input.dueAt, input.agentId, input.scope, followUpId, input.now).lastInsertRowid,
    );
    return callbackById(db, id);
  })();
}

function callbackById(db: Database, id: number): CallbackDto {
  return db
    .prepare(
      `SELECT cb.id, cb.campaign_id AS campaignId, cb.contact_id AS contactId, c.name, cb.due_at AS dueAt, cb.scope, cb.owner_agent_id AS ownerAgentId, cb.done_at AS doneAt
       FROM campaign_callbacks cb JOIN contacts c ON c.id = cb.contact_id WHERE cb.id = ?`,
    )
    .get(id) as CallbackDto;
}

/** Open callbacks this agent may take: their own, and everyone's 'anyone' ones. */
export function listCallbacks(db: Database, input: Agent & { campaignId: string }): CallbackDto[] {
  return db
    .prepare(
      `SELECT cb.id, cb.campaign_id AS campaignId, cb.contact_id AS contactId, c.name, cb.due_at AS dueAt, cb.scope, cb.owner_agent_id AS ownerAgentId, cb.done_at AS doneAt
       FROM campaign_callbacks cb JOIN contacts c ON c.id = cb.contact_id
       WHERE cb.campaign_id = ? AND cb.done_at IS NULL AND (cb.scope = 'anyone' OR cb.owner_agent_id = ?) ORDER BY cb.due_at`,
    )
    .all(input.campaignId, input.agentId) as CallbackDto[];
}

interface DisposeInput extends Agent {
  attemptId: number;
  code: string;
  callback: { dueAt: number; scope: CallbackScope; phoneIndex: number | null } | null;
  outcome: DialOutcome | null;
}

/** Default callback time when the agent picked a callback disposition without a time. */
const DEFAULT_CALLBACK_MS = 60 * 60_000;

interface AttemptRow {
  campaignId: string;
  contactId: number;
  /** the number dialled, E.164 without extension: a DNC entry for it covers every extension */
  phoneKey: string;
  callLogId: number | null;
}

function attemptById(db: Database, attemptId: number): AttemptRow {
  const attempt = db
    .prepare('SELECT campaign_id AS campaignId, contact_id AS contactId, phone_key AS phoneKey, call_log_id AS callLogId FROM campaign_attempts WHERE id = ?')
    .get(attemptId) as AttemptRow | undefined;
  if (attempt === undefined) throw new NotFoundError(`attempt ${attemptId} not found`);
  return attempt;
}

/**
 * The number of the attempt goes on the DNC list as the campaign's refusal: source campaign:<id>, so a
 * masking campaign's entry stays hidden from the agents' panel; it records over any entry the number had.
 */
function refuseNumber(db: Database, attempt: AttemptRow, note: string, now: number): void {
  addDncKey(db, attempt.phoneKey, 'refused', `campaign:${attempt.campaignId}`, note, now, 'campaign');
}

/** The agent says in wrap-up "the customer asked not to be called again", whatever disposition follows. */
export function addAttemptToDnc(db: Database, input: Agent & { attemptId: number }): void {
  refuseNumber(db, attemptById(db, input.attemptId), `agent ${input.agentId}`, input.now);
}

/**
 * Applies a disposition: stored on the attempt (code and effect, so later edits of the campaign cannot
 * rewrite history) and on the call-log row; a refusal puts the number on the DNC list, a callback is
 * scheduled; the lead's claim is released.
 */
export function dispose(db: Database, input: DisposeInput): DisposeResult {
  const attempt = attemptById(db, input.attemptId);
  const campaign = getCampaign(db, attempt.campaignId);
  const disposition = campaign.dispositions.find((d) => d.code === input.code);
  if (disposition === undefined) throw new CampaignInputError(`'${input.code}' is not a disposition of campaign ${campaign.id}`, reason('campaign.unknownDisposition'));
  return db.transaction((): DisposeResult => {
    db.prepare('UPDATE campaign_attempts SET disposition_code = ?, disposition_effect = ? WHERE id = ?').run(disposition.code, disposition.effect, input.attemptId);
    if (input.outcome !== null) {
      // the agent knows better than the tone detector: recycling and the call log follow the correction
      db.prepare('UPDATE campaign_attempts SET outcome = ? WHERE id = ?').run(input.outcome, input.attemptId);
      if (attempt.callLogId !== null) db.prepare('UPDATE call_log SET outcome = ? WHERE id = ?').run(toCrmOutcome(input.outcome), attempt.callLogId);
    }
    if (attempt.callLogId !== null) setDisposition(db, attempt.callLogId, disposition.code, input.now);
    let dncAdded = false;
    if (disposition.effect === 'refused') {
      refuseNumber(db, attempt, `disposition ${disposition.code}`, input.now);
      dncAdded = true;
    }
    let callbackId: number | null = null;
    if (disposition.effect === 'callback' || input.callback !== null) {
      const cb = input.callback ?? { dueAt: input.now + DEFAULT_CALLBACK_MS, scope: campaign.callbackScope, phoneIndex: null };
      callbackId = scheduleCallback(db, { ...cb, campaignId: campaign.id, contactId: attempt.contactId, agentId: input.agentId, now: input.now }).id;
    }
    db.prepare('UPDATE campaign_leads SET claimed_by = NULL, claimed_at = NULL WHERE campaign_id = ? AND contact_id = ?').run(campaign.id, attempt.contactId);
    return { effect: disposition.effect, callbackId, dncAdded };
  })();
}
