import type { Database } from 'better-sqlite3';
import type { DialSubject } from '../../../../common/dialer/dial-subject';
import { checkBeforeDial } from '../../../../common/compliance/compliance-engine';
import { MANUAL_DIAL_POLICY, type CompliancePolicy } from '../../../../common/compliance/compliance-policy';
import { blocked, type ComplianceVerdict } from '../../../../common/compliance/verdict';
import type { NormalizedPhone } from '../../../../common/phone';
import { writeAudit } from './audit-trail';
import { getCampaign } from './campaign-repo';
import { dialHistory, dncLookup, resolveSubject } from './dial-history';

const HOUR_MS = 3_600_000;

/** The compliance check with storage bound in: DNC, refusals and earlier dials of this number. */
export function numberChecker(db: Database, policy: CompliancePolicy): (phone: NormalizedPhone, now: number) => ComplianceVerdict {
  const isOnDnc = dncLookup(db);
  const longestWindowMs = Math.max(0, ...policy.frequencyCaps.map((cap) => cap.windowHours)) * HOUR_MS;
  return (phone, now) =>
    checkBeforeDial({ e164: phone.e164, history: dialHistory(db, phone, now - longestWindowMs) }, now, policy, () => isOnDnc(phone));
}

export interface CheckDialInput {
  subject: DialSubject;
  campaignId: string | null;
  agentId: string;
  now: number;
}

/**
 * Right before a dial: resolve the number (typed, or a contact's stored one), check it under the
 * campaign's policy (manual dials: the permanent rules only) and put a blocked verdict on the trail.
 */
export function checkDial(db: Database, input: CheckDialInput): ComplianceVerdict {
  const policy = input.campaignId === null ? MANUAL_DIAL_POLICY : getCampaign(db, input.campaignId).compliance;
  const resolved = resolveSubject(db, input.subject);
  const verdict = resolved.ok ? numberChecker(db, policy)(resolved.phone, input.now) : blocked('invalidNumber', { number: resolved.reason });
  if (verdict.status === 'blocked') {
    const e164 = resolved.ok ? resolved.phone.e164 : 'number' in input.subject ? input.subject.number : '';
    writeAudit(db, { at: input.now, agentId: input.agentId, campaignId: input.campaignId, stage: 'dial', e164 }, verdict);
  }
  return verdict;
}
