// The CRM outcome of a finished call, from how it ended. Pure.
import type { LogCallRequest } from '../../../common/crm';
import type { LineCall } from './line-call';

type Outcome = NonNullable<LogCallRequest['outcome']>;

export function outcomeOf(call: LineCall): Outcome {
  if (call.answeredAt !== undefined) return 'answered';
  const key = call.failure?.key;
  if (key === 'sip.486' || key === 'sip.600') return 'busy';
  if (call.endReason === 'rejected') return 'rejected';
  if (call.endReason === 'cancelled' || call.endReason === 'remote-hangup' || call.endReason === 'local-hangup') return 'noAnswer';
  return 'failed';
}
