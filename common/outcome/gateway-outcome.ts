import type { HangupInfo } from '../at/events';
import { CAUSE_LOCAL_HANGUP } from '../at/calls/call-tracker';
import type { DialOutcome } from './dial-outcome';
import { outcomeFromQ850 } from './q850-outcome';

/**
 * V.250 call-progress finals (common/at/final-codes) and the cause names drivers put in hangup events.
 * NO CARRIER before an answer is deliberately 'failed': modules send it for busy, unreachable and
 * network errors alike, so claiming more would mislead recycling.
 */
const byCauseText: Readonly<Record<string, DialOutcome>> = {
  BUSY: 'busy',
  'NO ANSWER': 'noAnswer',
  NO_ANSWER: 'noAnswer',
  NO_USER_RESPONDING: 'noAnswer',
  REJECTED: 'rejected',
  'NO CARRIER': 'failed',
  'NO DIALTONE': 'failed',
  'NO DIAL TONE': 'failed',
  [CAUSE_LOCAL_HANGUP]: 'cancelled',
};

/**
 * Outcome of an outbound gateway (GSM/FXO) call from its hangup event. Order of trust: the module saw
 * the answer > the numeric 24.008 cause > the cause text > failed.
 */
export function outcomeFromGatewayHangup(hangup: HangupInfo): DialOutcome {
  if (hangup.answered === true) return 'answered';
  const fromCause = hangup.ccCause === undefined ? undefined : outcomeFromQ850(hangup.ccCause);
  if (fromCause !== undefined) return fromCause;
  const fromText = hangup.cause === undefined ? undefined : byCauseText[hangup.cause.trim().toUpperCase()];
  return fromText ?? 'failed';
}
