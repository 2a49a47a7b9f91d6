import type { DialOutcome } from './dial-outcome';
import type { NotPlacedReason } from './not-placed';
import { outcomeFromQ850 } from './q850-outcome';

/** What a final response says about the callee, whoever sent it. */
const aboutCallee: Readonly<Record<number, DialOutcome>> = {
  404: 'invalidNumber', // Not Found
  410: 'invalidNumber', // Gone
  480: 'noAnswer', // Temporarily Unavailable (also "not registered": retry later either way)
  484: 'invalidNumber', // Address Incomplete
  485: 'invalidNumber', // Ambiguous
  486: 'busy', // Busy Here
  487: 'cancelled', // Request Terminated: our own CANCEL (ring timeout or agent hung up)
  600: 'busy', // Busy Everywhere
  603: 'rejected', // Decline: the callee pressed reject
  604: 'invalidNumber', // Does Not Exist Anywhere
  607: 'rejected', // Unwanted: the callee marked the call unwanted
};

/** A SIP failure classified: what happened, and why it was never placed when it was not. */
export interface SipFailure {
  readonly outcome: DialOutcome;
  readonly notPlaced?: NotPlacedReason;
}

/**
 * Failures that are about the desk, its account or its server, not the customer. `reachedNetwork` is
 * whether the call got past the first hop (a 180/183 came back); before that, a 5xx, 403 or refused
 * request came from our own server or proxy and the call was never placed. After it, the same codes are
 * a network failure of a call that was placed.
 */
function fromOurSide(code: number, reachedNetwork: boolean): SipFailure | undefined {
  if (code === 401 || code === 407) return { outcome: 'notPlaced', notPlaced: 'authFailed' };
  if (code < 400) return { outcome: 'notPlaced', notPlaced: 'redirected' };
  if (reachedNetwork) return undefined;
  if (code === 403) return { outcome: 'notPlaced', notPlaced: 'forbidden' };
  if (code === 408 || (code >= 500 && code < 600)) return { outcome: 'notPlaced', notPlaced: 'serverError' };
  if (code < 500 && aboutCallee[code] === undefined) return { outcome: 'notPlaced', notPlaced: 'requestRefused' };
  return undefined;
}

/**
 * An outbound INVITE's final response, classified. A Q.850 cause from the `Reason` header (gateways
 * copy the PSTN cause there) is more precise than the code and wins when it says something about the
 * callee; then the call reached the network whatever the code.
 */
export function classifySipFailure(code: number, q850Cause: number | undefined, reachedNetwork: boolean): SipFailure {
  if (!Number.isInteger(code) || code < 200 || code > 699) {
    throw new RangeError(`Not a SIP final response code: ${code}`);
  }
  if (code < 300) return { outcome: 'answered' };
  const fromCause = q850Cause === undefined ? undefined : outcomeFromQ850(q850Cause);
  if (fromCause !== undefined && fromCause !== 'failed') return { outcome: fromCause };
  const ours = fromOurSide(code, reachedNetwork || fromCause !== undefined);
  if (ours) return ours;
  if (code === 408) return { outcome: 'noAnswer' }; // the callee's side rang and nobody picked up
  // 5xx, 403, 606, 608 and refused requests after the call reached the network: it failed out there
  return { outcome: aboutCallee[code] ?? 'failed' };
}

/** The outcome alone, for a call known to have reached the network (a response from the far side). */
export function outcomeFromSip(code: number, q850Cause?: number): DialOutcome {
  return classifySipFailure(code, q850Cause, true).outcome;
}

/** Extracts the Q.850 cause from a SIP `Reason` header value such as `Q.850;cause=17;text="busy"`. */
export function q850FromReasonHeader(value: string): number | undefined {
  const match = /(?:^|,)\s*Q\.850\s*;(?:[^,]*;)?\s*cause\s*=\s*(\d{1,3})/i.exec(value);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
