import { z } from 'zod';
import { DialOutcome } from '../outcome/dial-outcome';

export const RetryPolicy = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('never') }),
  z.object({
    kind: z.literal('after'),
    /** Wait this long after the attempt (VICIdial's lead recycle delay). */
    delayMinutes: z.number().int().min(1).max(7 * 24 * 60),
    /** How many more times this outcome may be retried on the same number. */
    maxRetries: z.number().int().min(0).max(20),
  }),
]);
export type RetryPolicy = z.infer<typeof RetryPolicy>;

/** Recycling rules keyed by outcome; an outcome without a rule is never retried. */
export const RecyclingRules = z.partialRecord(DialOutcome, RetryPolicy);
export type RecyclingRules = z.infer<typeof RecyclingRules>;

const after = (delayMinutes: number, maxRetries: number): RetryPolicy => ({ kind: 'after', delayMinutes, maxRetries });

export const DEFAULT_RECYCLING: RecyclingRules = {
  busy: after(10, 3),
  noAnswer: after(120, 3),
  unreachable: after(240, 2),
  cancelled: after(60, 3),
  voicemail: after(24 * 60, 2),
  failed: after(30, 2),
  rejected: { kind: 'never' },
  invalidNumber: { kind: 'never' },
};

export function retryPolicyFor(rules: RecyclingRules, outcome: DialOutcome): RetryPolicy {
  return rules[outcome] ?? { kind: 'never' };
}
