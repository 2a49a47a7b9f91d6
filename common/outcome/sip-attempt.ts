import type { DialOutcome } from './dial-outcome';
import { outcomeFromSip, q850FromReasonHeader } from './sip-outcome';

/** How one outbound SIP attempt ended, as the phone engine saw it. */
export interface SipAttempt {
  readonly answered: boolean;
  /** The final response when the far end or a proxy refused the INVITE (4xx–6xx). */
  readonly statusCode?: number;
  /** Its `Reason` header, where gateways put the PSTN's Q.850 cause. */
  readonly reasonHeader?: string;
  /** We ended it before any final response: our CANCEL, or the INVITE could not even be sent. */
  readonly ended: 'cancelled' | 'failed' | 'other';
}

/**
 * The SIP side of the evidence for decideAutomaticOutcome. A final response wins over how we ended
 * the call locally, because our CANCEL may cross a 486 already on its way.
 */
export function outcomeFromSipAttempt(attempt: SipAttempt): { readonly outcome: DialOutcome; readonly source: 'sip' } {
  if (attempt.answered) return { outcome: 'answered', source: 'sip' };
  if (attempt.statusCode !== undefined && attempt.statusCode >= 300) {
    const cause = attempt.reasonHeader === undefined ? undefined : q850FromReasonHeader(attempt.reasonHeader);
    return { outcome: outcomeFromSip(attempt.statusCode, cause), source: 'sip' };
  }
  return { outcome: attempt.ended === 'cancelled' ? 'cancelled' : 'failed', source: 'sip' };
}
