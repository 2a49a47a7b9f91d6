import type { Attempt } from './lead-records';
import { retryPolicyFor, type RecyclingRules } from './recycling';

export type DeadReason = 'badNumber' | 'neverRetry' | 'retriesExhausted';

/** Where one number of a contact stands, judged from the attempts on that number alone. */
export type NumberStatus =
  | { readonly kind: 'fresh' }
  | { readonly kind: 'due'; readonly at: number }
  | { readonly kind: 'dead'; readonly why: DeadReason };

/**
 * The latest attempt decides, through the recycling rule of its outcome: "busy → retry in 10 min up to
 * 3 times" means the 4th busy on this number ends it. Other outcomes in between do not reset the count.
 */
export function numberStatus(attemptsOnNumber: readonly Attempt[], rules: RecyclingRules): NumberStatus {
  if (attemptsOnNumber.length === 0) return { kind: 'fresh' };
  if (attemptsOnNumber.some((a) => a.disposition?.effect === 'badNumber')) return { kind: 'dead', why: 'badNumber' };
  const last = attemptsOnNumber.reduce((latest, a) => (a.at >= latest.at ? a : latest));
  const policy = retryPolicyFor(rules, last.outcome);
  if (policy.kind === 'never') return { kind: 'dead', why: 'neverRetry' };
  const sameOutcome = attemptsOnNumber.filter((a) => a.outcome === last.outcome).length;
  if (sameOutcome > policy.maxRetries) return { kind: 'dead', why: 'retriesExhausted' };
  return { kind: 'due', at: last.at + policy.delayMinutes * 60_000 };
}
