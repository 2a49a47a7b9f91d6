import type { HangupInfo } from '../at/events';
import { CAUSE_LOCAL_HANGUP } from '../at/calls/call-tracker';
import type { DialOutcome } from './dial-outcome';
import type { NotPlacedReason } from './not-placed';
import { outcomeFromQ850 } from './q850-outcome';

/**
 * V.250 call-progress finals (common/at/final-codes) and the cause names drivers put in hangup events.
 * NO CARRIER before an answer is deliberately 'failed': modules send it for busy, unreachable and
 * network errors alike, so claiming more would mislead recycling. No dial tone means the analog line
 * never let the call out: not placed.
 */
const byCauseText: Readonly<Record<string, DialOutcome>> = {
  BUSY: 'busy',
  'NO ANSWER': 'noAnswer',
  NO_ANSWER: 'noAnswer',
  NO_USER_RESPONDING: 'noAnswer',
  REJECTED: 'rejected',
  'NO CARRIER': 'failed',
  [CAUSE_LOCAL_HANGUP]: 'cancelled',
};

/** Cause texts saying the call never got out of the modem or the line. */
const notPlacedByCauseText: Readonly<Record<string, NotPlacedReason>> = {
  'NO DIALTONE': 'noDialTone',
  'NO DIAL TONE': 'noDialTone',
};

/**
 * An outbound gateway (GSM/FXO) call's hangup event, classified. Order of trust: the module saw the
 * answer > the numeric 24.008 cause > the cause text > failed.
 */
export function classifyGatewayHangup(hangup: HangupInfo): { readonly outcome: DialOutcome; readonly notPlaced?: NotPlacedReason } {
  if (hangup.answered === true) return { outcome: 'answered' };
  const fromCause = hangup.ccCause === undefined ? undefined : outcomeFromQ850(hangup.ccCause);
  if (fromCause !== undefined) return { outcome: fromCause };
  const text = hangup.cause?.trim().toUpperCase();
  const notPlaced = text === undefined ? undefined : notPlacedByCauseText[text];
  if (notPlaced) return { outcome: 'notPlaced', notPlaced };
  return { outcome: (text === undefined ? undefined : byCauseText[text]) ?? 'failed' };
}

export function outcomeFromGatewayHangup(hangup: HangupInfo): DialOutcome {
  return classifyGatewayHangup(hangup).outcome;
}

/** The modem answered the dial command itself with ERROR / +CME ERROR: the call never left it. */
export const MODEM_REFUSED: { readonly outcome: 'notPlaced'; readonly notPlaced: NotPlacedReason } = { outcome: 'notPlaced', notPlaced: 'modemRefused' };
