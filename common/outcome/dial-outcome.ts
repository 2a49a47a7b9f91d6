import { z } from 'zod';
import type { CallOutcome } from '../crm/contact-schemas';

/**
 * How a dial attempt ended, as far as the machine can tell. Finer than the CRM's CallOutcome because
 * recycling rules need it: an invalid number is never retried, an unreachable phone (powered off,
 * 关机 / 不在服务区) is retried later, a busy one soon. notPlaced is a dial that never reached the
 * network (no line, server unreachable, the modem refused ATD): not an attempt at all (./not-placed.ts).
 */
export const DialOutcome = z.enum([
  'answered',
  'busy',
  'noAnswer',
  'unreachable',
  'invalidNumber',
  'rejected',
  'voicemail',
  'cancelled',
  'failed',
  'notPlaced',
]);
export type DialOutcome = z.infer<typeof DialOutcome>;

/** Where an automatic outcome came from; kept for the audit trail and for "why did it say busy?". */
export const OutcomeSource = z.enum(['sip', 'gateway', 'tone', 'timeout']);
export type OutcomeSource = z.infer<typeof OutcomeSource>;

type CrmOutcome = z.infer<typeof CallOutcome>;

/**
 * The CRM call log (common/crm) stores the coarser vocabulary. cancelled means the caller gave up
 * before an answer, which the callee experiences as an unanswered call.
 */
const toCrm: Record<DialOutcome, CrmOutcome> = {
  answered: 'answered',
  busy: 'busy',
  noAnswer: 'noAnswer',
  unreachable: 'failed',
  invalidNumber: 'failed',
  rejected: 'rejected',
  voicemail: 'voicemail',
  cancelled: 'noAnswer',
  failed: 'failed',
  notPlaced: 'notPlaced',
};

export function toCrmOutcome(outcome: DialOutcome): CrmOutcome {
  return toCrm[outcome];
}
