import { z } from 'zod';
import type { DialOutcome } from './dial-outcome';

/**
 * Why a dial never left the desk or never reached the network. Such a dial is not an attempt on the
 * lead: no wrap-up, no attempt counted, not in the stats board's dial counts (shown apart), and the lead
 * goes back to the queue. Each reason has a sentence and a fix in the UI's languages.
 */
export const NotPlacedReason = z.enum([
  /** no SIP account registered and no gateway line ready to dial on */
  'noLine',
  /** the SIP server could not be reached (WebSocket down, no answer to the INVITE) */
  'serverUnreachable',
  /** the account's registration was lost when the dial was made */
  'notRegistered',
  /** the server asked for credentials the account does not have right (401/407) */
  'authFailed',
  /** the server refused this account or line to call out (403 before the call reached the network) */
  'forbidden',
  /** the server or proxy failed before the call reached the network (5xx, 408 without ringing) */
  'serverError',
  /** the server redirected the call (3xx), which the desk does not follow */
  'redirected',
  /** the server refused the request itself (codec, headers, loop): a setup problem, not the customer */
  'requestRefused',
  /** the modem refused the dial command (ERROR / +CME ERROR to ATD) */
  'modemRefused',
  /** an analog (FXO) line gave no dial tone: unplugged or in use */
  'noDialTone',
  /** the gateway went away before the modem reported anything about the call */
  'deviceLost',
]);
export type NotPlacedReason = z.infer<typeof NotPlacedReason>;

/** Only a dial that reached the network counts against a lead (recycling, attempt limits, connect rate). */
export function countsAsAttempt(outcome: DialOutcome): boolean {
  return outcome !== 'notPlaced';
}
