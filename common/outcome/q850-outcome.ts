import type { DialOutcome } from './dial-outcome';

/**
 * ITU-T Q.850 / 3GPP 24.008 cause values (the same numbering; GSM modules report them as cc_cause in
 * ^CEND and +CEER, SIP gateways in the Reason header). Only causes that say something about the
 * callee are listed; network-side causes are left to the caller's fallback.
 */
const byCause: Readonly<Record<number, DialOutcome>> = {
  1: 'invalidNumber', // unassigned (unallocated) number — 空号
  3: 'invalidNumber', // no route to destination
  17: 'busy', // user busy
  18: 'noAnswer', // no user responding
  19: 'noAnswer', // no answer from user (user alerted)
  20: 'unreachable', // subscriber absent — 关机 / 不在服务区
  21: 'rejected', // call rejected
  22: 'invalidNumber', // number changed
  27: 'unreachable', // destination out of order
  28: 'invalidNumber', // invalid number format (address incomplete)
  34: 'failed', // no circuit/channel available (congestion)
  38: 'failed', // network out of order
  41: 'failed', // temporary failure
  42: 'failed', // switching equipment congestion
};

/** Undefined when the cause does not classify the attempt (e.g. 16 normal clearing, 31 unspecified). */
export function outcomeFromQ850(cause: number): DialOutcome | undefined {
  return byCause[cause];
}
