// Calls on GSM/FXO gateway lines, built from the devices process's gateway:event stream
// (common/at/events.ts). One call per line; a waiting second call is shown as the line's problem.
import type { GatewayEventMessage } from '../../../common/devices/gateway-api';
import { logEndedCall } from './call-log';
import { newGatewayCall, reduceGatewayCall, str } from './gateway-reducer';
import type { LineCall } from './line-call';
import { announceIncoming } from './notify';
import { usePhone } from './phone-store';

/** Starts the record of a call the agent dialled, before the modem reports anything. */
export function trackGatewayDial(lineId: string, number: string): void {
  const others = usePhone.getState().gatewayCalls.filter((c) => c.lineId !== lineId);
  usePhone.setState({ gatewayCalls: [...others, newGatewayCall(lineId, 'outbound', number, 'dialing')] });
}

export function onGatewayEvent({ lineId, event }: GatewayEventMessage): void {
  const calls = usePhone.getState().gatewayCalls;
  const current = calls.find((c) => c.lineId === lineId);
  const next = reduceGatewayCall(current, lineId, event);
  const others = calls.filter((c) => c.lineId !== lineId);
  if (next === null) {
    if (current === undefined) return;
    const cause = str(event.cause);
    const ended: LineCall = {
      ...current,
      state: 'ended',
      endedAt: Date.now(),
      endReason: current.answeredAt === undefined ? (current.direction === 'inbound' ? 'cancelled' : 'failed') : 'remote-hangup',
      ...(cause ? { cause } : {}),
    };
    usePhone.setState({ gatewayCalls: others, lastEnded: ended });
    void logEndedCall(ended, false);
    return;
  }
  if (next === undefined || next === current) return;
  usePhone.setState({ gatewayCalls: [...others, next] });
  if (next.state === 'ringing' && current?.state !== 'ringing') announceIncoming(next);
}

/** The agent ended the call: the modem's hangup event may never come (line already down). */
export function endGatewayCall(lineId: string, reason: 'local-hangup' | 'rejected'): void {
  const calls = usePhone.getState().gatewayCalls;
  const current = calls.find((c) => c.lineId === lineId);
  if (current === undefined) return;
  const ended: LineCall = { ...current, state: 'ended', endedAt: Date.now(), endReason: reason };
  usePhone.setState({ gatewayCalls: calls.filter((c) => c !== current), lastEnded: ended });
  void logEndedCall(ended, false);
}
