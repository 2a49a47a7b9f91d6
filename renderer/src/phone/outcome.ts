// The outcome of a finished call from the evidence it carries. SIP calls bring the engine's own
// conclusion (autoOutcome: final response + Reason, carrier tones in early media, no-answer timeout);
// gateway calls their modem's hang-up cause. The CRM log stores the coarser vocabulary (toCrmOutcome).
// Pure: the agent's correction is applied by the caller (common/outcome resolveOutcome).
import type { LogCallRequest } from '../../../common/crm';
import { classifyGatewayHangup, toCrmOutcome, type AutomaticOutcome, type DialOutcome } from '../../../common/outcome';
import type { LineCall } from './line-call';

type CrmOutcome = NonNullable<LogCallRequest['outcome']>;

/** From how the call ended, for calls without better evidence (inbound calls, older engine views). */
function fromEndReason(call: LineCall): DialOutcome {
  if (call.answeredAt !== undefined) return 'answered';
  const key = call.failure?.key;
  if (key === 'sip.486' || key === 'sip.600') return 'busy';
  if (call.endReason === 'rejected') return 'rejected';
  if (call.endReason === 'cancelled' || call.endReason === 'remote-hangup' || call.endReason === 'local-hangup') return 'noAnswer';
  return 'failed';
}

/** What the machine concluded about `call`, and from what. */
export function automaticOutcomeOf(call: LineCall): AutomaticOutcome {
  if (call.autoOutcome !== undefined) return call.autoOutcome;
  if (call.via === 'gateway' && call.direction === 'outbound') {
    if (call.answeredAt === undefined && call.cause === undefined && call.endReason === 'local-hangup') return { outcome: 'cancelled', source: 'gateway' };
    return { ...classifyGatewayHangup({ answered: call.answeredAt !== undefined, ...(call.cause === undefined ? {} : { cause: call.cause }) }), source: 'gateway' };
  }
  return { outcome: fromEndReason(call), source: call.via === 'gateway' ? 'gateway' : 'sip' };
}

export function dialOutcomeOf(call: LineCall): DialOutcome {
  return automaticOutcomeOf(call).outcome;
}

/** The CRM call log's outcome of `call`. */
export function outcomeOf(call: LineCall): CrmOutcome {
  return toCrmOutcome(dialOutcomeOf(call));
}
