import type { DialOutcome } from './dial-outcome';
import { outcomeFromQ850 } from './q850-outcome';

/** Final responses whose meaning for a dialer is specific; everything else falls back by class. */
const byCode: Readonly<Record<number, DialOutcome>> = {
  404: 'invalidNumber', // Not Found
  408: 'noAnswer', // Request Timeout: nobody picked up before the proxy gave up
  410: 'invalidNumber', // Gone
  480: 'noAnswer', // Temporarily Unavailable (also "not registered": retry later either way)
  484: 'invalidNumber', // Address Incomplete
  485: 'invalidNumber', // Ambiguous
  486: 'busy', // Busy Here
  487: 'cancelled', // Request Terminated: our own CANCEL (ring timeout or agent hung up)
  600: 'busy', // Busy Everywhere
  603: 'rejected', // Decline: the callee pressed reject
  604: 'invalidNumber', // Does Not Exist Anywhere
};

/**
 * Outcome of an outbound INVITE from its final response. A Q.850 cause from the `Reason` header
 * (gateways copy the PSTN cause there) is more precise than the code and wins when it is mapped.
 */
export function outcomeFromSip(code: number, q850Cause?: number): DialOutcome {
  if (!Number.isInteger(code) || code < 200 || code > 699) {
    throw new RangeError(`Not a SIP final response code: ${code}`);
  }
  if (code < 300) return 'answered';
  const fromCause = q850Cause === undefined ? undefined : outcomeFromQ850(q850Cause);
  if (fromCause !== undefined && fromCause !== 'failed') return fromCause;
  // 401/403/407, 5xx, 3xx (redirects we do not follow) and 606 are our side or the network: failed.
  return byCode[code] ?? 'failed';
}

/** Extracts the Q.850 cause from a SIP `Reason` header value such as `Q.850;cause=17;text="busy"`. */
export function q850FromReasonHeader(value: string): number | undefined {
  const match = /(?:^|,)\s*Q\.850\s*;(?:[^,]*;)?\s*cause\s*=\s*(\d{1,3})/i.exec(value);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
