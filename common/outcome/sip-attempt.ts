import type { DialOutcome } from './dial-outcome';
import type { NotPlacedReason } from './not-placed';
import { classifySipFailure, q850FromReasonHeader } from './sip-outcome';

/** How one outbound SIP attempt ended, as the phone engine saw it. */
export interface SipAttempt {
  readonly answered: boolean;
  /** The final response when the far end or a proxy refused the INVITE (4xx–6xx). */
  readonly statusCode?: number;
  /** Its `Reason` header, where gateways put the PSTN's Q.850 cause. */
  readonly reasonHeader?: string;
  /** A 180/183 came back: the call got past our server into the network. */
  readonly reachedNetwork?: boolean;
  /** We ended it before any final response: our CANCEL, or the INVITE could not even be sent. */
  readonly ended: 'cancelled' | 'failed' | 'other';
}

export interface SipAttemptOutcome {
  readonly outcome: DialOutcome;
  readonly source: 'sip';
  readonly notPlaced?: NotPlacedReason;
}

/**
 * The SIP side of the evidence for decideAutomaticOutcome. A final response wins over how we ended
 * the call locally, because our CANCEL may cross a 486 already on its way. An INVITE that got no
 * response at all (transport down) was never placed.
 */
export function outcomeFromSipAttempt(attempt: SipAttempt): SipAttemptOutcome {
  if (attempt.answered) return { outcome: 'answered', source: 'sip' };
  if (attempt.statusCode !== undefined && attempt.statusCode >= 300) {
    const cause = attempt.reasonHeader === undefined ? undefined : q850FromReasonHeader(attempt.reasonHeader);
    return { ...classifySipFailure(attempt.statusCode, cause, attempt.reachedNetwork ?? false), source: 'sip' };
  }
  if (attempt.ended === 'cancelled') return { outcome: 'cancelled', source: 'sip' };
  if (attempt.ended === 'failed' && attempt.reachedNetwork !== true) return { outcome: 'notPlaced', source: 'sip', notPlaced: 'serverUnreachable' };
  return { outcome: 'failed', source: 'sip' };
}
