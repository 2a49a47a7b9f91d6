// Listeners for calls placed through placeCall, told once the call-log row is written. Kept apart from
// place-call.ts so the call log (reached from the line modules) does not import the dialling path.
import type { DialSubject } from '../../../common/dialer/dial-subject';
import type { DialOutcome, NotPlacedReason } from '../../../common/outcome';
import type { CallContext } from './call-context';

export interface FinishedCall {
  callId: string;
  callLogId: number | null;
  subject: DialSubject;
  context: CallContext;
  outcome: DialOutcome;
  outcomeSource: 'sip' | 'gateway' | 'tone' | 'timeout' | 'agent';
  /** outcome notPlaced: why the dial never reached the network */
  notPlaced?: NotPlacedReason;
  startedAt: number;
  answeredAt: number | null;
  endedAt: number;
  privacyBindingId: string | null;
}

const listeners = new Set<(call: FinishedCall) => void>();

/** Fires after the call-log row of a placed call is written (callLogId null if that failed). */
export function onCallFinished(listener: (call: FinishedCall) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitCallFinished(call: FinishedCall): void {
  for (const listener of listeners) {
    try {
      listener(call);
    } catch (error) {
      // one listener's bug must not stop the others (the campaign's wrap-up, the stats)
      console.error('finished-call listener failed:', error instanceof Error ? error.message : String(error));
    }
  }
}
