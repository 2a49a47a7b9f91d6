import { z } from 'zod';
import { DialOutcome, OutcomeSource } from './dial-outcome';
import type { AutomaticOutcome } from './automatic-outcome';

/** What gets stored with the call: both opinions, and which one counts. */
export const OutcomeDecision = z.object({
  automatic: DialOutcome,
  automaticSource: OutcomeSource,
  override: DialOutcome.nullable(),
  final: DialOutcome,
  decidedBy: z.enum(['automatic', 'agent']),
});
export type OutcomeDecision = z.infer<typeof OutcomeDecision>;

/**
 * The agent heard the call, the machine only guessed (a carrier recording after 200 OK looks
 * "answered"; a voicemail greeting too), so an override always wins. The automatic value is kept for
 * the audit trail and to measure how often detection is wrong.
 */
export function resolveOutcome(automatic: AutomaticOutcome, override?: string | null): OutcomeDecision {
  if (override === undefined || override === null) {
    return { automatic: automatic.outcome, automaticSource: automatic.source, override: null, final: automatic.outcome, decidedBy: 'automatic' };
  }
  const parsed = DialOutcome.safeParse(override);
  if (!parsed.success) {
    throw new RangeError(`Unknown call outcome '${override}'; expected one of ${DialOutcome.options.join(', ')}`);
  }
  return {
    automatic: automatic.outcome,
    automaticSource: automatic.source,
    override: parsed.data,
    final: parsed.data,
    decidedBy: 'agent',
  };
}
