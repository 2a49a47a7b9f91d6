import type { DncReason } from '../crm/dnc-schemas';
import { checkCallingHours } from './calling-hours';
import { calleeZones } from './callee-time-zone';
import type { CompliancePolicy } from './compliance-policy';
import type { DialRecord } from './dial-record';
import { checkFrequencyCaps } from './frequency-caps';
import { ALLOWED, blocked, type ComplianceVerdict } from './verdict';

/** Sync on purpose: the check runs right before the INVITE; callers pre-load or use an indexed store. */
export type DncLookup = (e164: string) => DncReason | null | undefined;

export interface NumberToCheck {
  /** E.164 as produced by common/phone normalizePhone. */
  readonly e164: string;
  /** Every earlier dial to this number (any campaign, any agent). */
  readonly history: readonly DialRecord[];
}

function checkPermanent(number: NumberToCheck, isOnDnc: DncLookup): ComplianceVerdict {
  if (!/^\+[1-9]\d{6,14}$/.test(number.e164)) return blocked('invalidNumber', { number: 'not E.164' });
  const dncReason = isOnDnc(number.e164);
  if (dncReason) return blocked('dnc', { dncReason });
  const refusal = number.history.filter((record) => record.refused).sort((a, b) => a.at - b.at)[0];
  if (refusal) return blocked('refused', { refusedAt: refusal.at });
  return ALLOWED;
}

/**
 * On import: only what never changes (format, DNC, an earlier "never call me again"), so such rows
 * can be flagged before they reach any agent's list.
 */
export function checkOnImport(number: NumberToCheck, isOnDnc: DncLookup): ComplianceVerdict {
  return checkPermanent(number, isOnDnc);
}

/**
 * Right before every dial, manual ones included. Rules run from permanent to temporary so the agent
 * sees the reason that matters most ("on DNC", not "try again at 14:00").
 */
export function checkBeforeDial(number: NumberToCheck, now: number, policy: CompliancePolicy, isOnDnc: DncLookup): ComplianceVerdict {
  const permanent = checkPermanent(number, isOnDnc);
  if (permanent.status === 'blocked') return permanent;
  const zones = calleeZones(number.e164, policy.fallbackTimeZones);
  if (!zones.ok) return blocked('invalidNumber', { number: 'unparseable' });
  const hours = checkCallingHours(now, zones.zones, policy.callingHours);
  if (hours.status === 'blocked') return hours;
  return checkFrequencyCaps(
    number.history.map((record) => record.at),
    now,
    policy.frequencyCaps,
  );
}
