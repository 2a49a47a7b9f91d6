import type { ComplianceReasonKey, ComplianceVerdict } from '../compliance/verdict';
import type { Pacing } from './campaign-schema';
import type { Attempt, Callback, LeadCandidate } from './lead-records';
import { numberStatus } from './number-schedule';

export type SkipReason =
  | 'claimedByAnotherAgent'
  | 'reservedForAnotherAgent' // an agent-only callback of someone else is pending
  | 'completed'
  | 'refused'
  | 'maxAttempts'
  | 'numbersExhausted'
  | 'callbackScheduled'
  | 'notYetDue'
  | ComplianceReasonKey;

export type DialReason = 'callback' | 'retry' | 'fresh';

export type NextLead =
  /** `skipped` counts what was passed over on the way (e.g. leads on the DNC list), for the agent's screen. */
  | { readonly kind: 'dial'; readonly contactId: number; readonly phoneKey: string; readonly reason: DialReason; readonly callbackId?: number; readonly skipped: SkipCounts }
  /** Nothing now; this is the earliest moment something becomes dialable. */
  | { readonly kind: 'wait'; readonly until: number; readonly contactId: number; readonly phoneKey: string; readonly skipped: SkipCounts }
  | { readonly kind: 'none'; readonly skipped: SkipCounts };

export type SkipCounts = Partial<Record<SkipReason, number>>;

export interface NextLeadInput {
  readonly now: number;
  readonly agentId: string;
  readonly pacing: Pacing;
  /** In list priority order: fresh contacts are offered in this order. */
  readonly candidates: readonly LeadCandidate[];
  readonly callbacks: readonly Callback[];
  /** checkBeforeDial bound to storage; consulted only for the leads actually about to be offered. */
  readonly check?: (phoneKey: string, contactId: number) => ComplianceVerdict;
}

/** Due callbacks first (a promise to the customer), then due retries (their timing was chosen), then fresh leads. */
const TIER: Record<DialReason, number> = { callback: 0, retry: 1, fresh: 2 };

interface Plan {
  readonly contactId: number;
  readonly phoneKey: string;
  readonly at: number;
  readonly reason: DialReason;
  readonly order: number;
  readonly callbackId?: number;
}
type Skip = { readonly skip: SkipReason; readonly wait?: Omit<Plan, 'reason' | 'order'> };

/**
 * Which number of the contact to dial next. An untried alternate number becomes available right away
 * when the previous attempt ended in one of `alternateNumbersOn` (busy primary → try the mobile now),
 * or once every earlier number is dead; otherwise the contact waits for its numbers to recycle.
 */
function pickNumber(candidate: LeadCandidate, attempts: readonly Attempt[], pacing: Pacing): { phoneKey: string; at: number } | undefined {
  const last = attempts[attempts.length - 1];
  let allEarlierDead = true;
  let allEarlierTried = true;
  let best: { phoneKey: string; at: number } | undefined;
  for (const phoneKey of candidate.phoneKeys) {
    const status = numberStatus(attempts.filter((a) => a.phoneKey === phoneKey), pacing.recycling);
    let at: number | undefined;
    if (status.kind === 'due') at = status.at;
    if (status.kind === 'fresh' && (last === undefined || (allEarlierTried && (allEarlierDead || pacing.alternateNumbersOn.includes(last.outcome))))) {
      at = last?.at ?? 0;
    }
    if (at !== undefined && (best === undefined || at < best.at)) best = { phoneKey, at };
    allEarlierDead &&= status.kind === 'dead';
    allEarlierTried &&= status.kind !== 'fresh';
  }
  return best;
}

function planContact(candidate: LeadCandidate, order: number, input: NextLeadInput): Plan | Skip {
  const { agentId, now, pacing } = input;
  if (candidate.claimedBy !== null && candidate.claimedBy !== agentId) return { skip: 'claimedByAnotherAgent' };
  const attempts = [...candidate.attempts].sort((a, b) => a.at - b.at);
  const effects = new Set(attempts.map((a) => a.disposition?.effect));
  if (effects.has('refused')) return { skip: 'refused' };
  if (effects.has('complete')) return { skip: 'completed' };

  const pending = input.callbacks.filter((c) => c.contactId === candidate.contactId && c.doneAt === null);
  if (pending.some((c) => c.scope === 'agentOnly' && c.ownerAgentId !== agentId)) return { skip: 'reservedForAnotherAgent' };
  const callback = pending.sort((a, b) => a.dueAt - b.dueAt)[0];
  if (callback !== undefined) {
    const phoneKey = callback.phoneKey ?? pickNumber(candidate, attempts, pacing)?.phoneKey ?? candidate.phoneKeys[0]!;
    const plan = { contactId: candidate.contactId, phoneKey, at: callback.dueAt, callbackId: callback.id };
    return callback.dueAt <= now ? { ...plan, reason: 'callback', order } : { skip: 'callbackScheduled', wait: plan };
  }

  if (attempts.length >= pacing.maxAttemptsPerContact) return { skip: 'maxAttempts' };
  const number = pickNumber(candidate, attempts, pacing);
  if (number === undefined) return { skip: 'numbersExhausted' };
  const plan = { contactId: candidate.contactId, ...number };
  if (number.at > now) return { skip: 'notYetDue', wait: plan };
  return { ...plan, reason: attempts.length === 0 ? 'fresh' : 'retry', order };
}

function byPriority(a: Plan, b: Plan): number {
  return TIER[a.reason] - TIER[b.reason] || (a.reason === 'fresh' ? 0 : a.at - b.at) || a.order - b.order;
}

/**
 * The next lead for this agent: which contact, which number, and why; or when to look again; or why
 * nothing is left. Compliance runs last and only on the leads in line, since it is the costly check.
 */
export function selectNextLead(input: NextLeadInput): NextLead {
  const skipped: SkipCounts = {};
  const count = (reason: SkipReason): void => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  };
  const ready: Plan[] = [];
  const waits: Array<Omit<Plan, 'reason' | 'order'>> = [];
  input.candidates.forEach((candidate, order) => {
    const plan = planContact(candidate, order, input);
    if ('skip' in plan) {
      count(plan.skip);
      if (plan.wait) waits.push(plan.wait);
    } else ready.push(plan);
  });

  for (const plan of ready.sort(byPriority)) {
    const verdict = input.check?.(plan.phoneKey, plan.contactId) ?? { status: 'allowed' };
    if (verdict.status === 'allowed') {
      const { contactId, phoneKey, reason, callbackId } = plan;
      return callbackId === undefined ? { kind: 'dial', contactId, phoneKey, reason, skipped } : { kind: 'dial', contactId, phoneKey, reason, callbackId, skipped };
    }
    count(verdict.reasonKey);
    if (verdict.retryAt !== null) waits.push({ contactId: plan.contactId, phoneKey: plan.phoneKey, at: verdict.retryAt });
  }

  const next = waits.sort((a, b) => a.at - b.at)[0];
  if (next === undefined) return { kind: 'none', skipped };
  return { kind: 'wait', until: next.at, contactId: next.contactId, phoneKey: next.phoneKey, skipped };
}
