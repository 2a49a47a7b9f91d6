import type { DialOutcome, OutcomeSource } from './dial-outcome';
import type { NotPlacedReason } from './not-placed';
import { hasRungTooLong } from './no-answer-timeout';
import { outcomeFromTone } from './tones/tone-detector';
import type { ToneKind } from './tones/tone-profile';

export interface OutcomeEvidence {
  /** From outcomeFromSip / outcomeFromGatewayHangup once the attempt has ended. */
  readonly final: { readonly outcome: DialOutcome; readonly source: 'sip' | 'gateway'; readonly notPlaced?: NotPlacedReason };
  /** First carrier tone the ToneDetector reported in early media, if any. */
  readonly tone?: ToneKind;
  readonly ringingStartedAt?: number;
  readonly endedAt: number;
  readonly noAnswerTimeoutSeconds: number;
}

export interface AutomaticOutcome {
  readonly outcome: DialOutcome;
  readonly source: OutcomeSource;
  /** why a notPlaced dial never reached the network */
  readonly notPlaced?: NotPlacedReason;
}

/**
 * Combines the signals of one attempt. An answer is an answer; otherwise a carrier tone beats the final
 * code, because after a busy tone the code is just our CANCEL (487) or a generic 480; and a CANCEL sent
 * because ringing ran past the timeout is a noAnswer, not an agent cancellation.
 */
export function decideAutomaticOutcome(evidence: OutcomeEvidence): AutomaticOutcome {
  const { final, tone, ringingStartedAt, endedAt, noAnswerTimeoutSeconds } = evidence;
  if (final.outcome === 'answered') return final;
  const fromTone = tone === undefined ? undefined : outcomeFromTone(tone);
  if (fromTone !== undefined) return { outcome: fromTone, source: 'tone' };
  if (
    final.outcome === 'cancelled' &&
    ringingStartedAt !== undefined &&
    hasRungTooLong(ringingStartedAt, endedAt, noAnswerTimeoutSeconds)
  ) {
    return { outcome: 'noAnswer', source: 'timeout' };
  }
  return final;
}
