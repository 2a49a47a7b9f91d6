// How one gateway event (common/at/events.ts) changes the call on its line. Pure, so it is testable
// without a modem: the wiring to the store is in ./gateway-calls.ts.
import type { CallState } from '../../../common/call/call-state';
import type { GatewayEventMessage } from '../../../common/devices/gateway-api';
import type { LineCall } from './line-call';

const stateNames: Record<string, CallState> = {
  active: 'connected',
  held: 'held',
  dialing: 'dialing',
  alerting: 'early',
  incoming: 'ringing',
  waiting: 'ringing',
};

export function newGatewayCall(lineId: string, direction: LineCall['direction'], number: string, state: CallState): LineCall {
  return { key: `gw/${lineId}`, via: 'gateway', id: lineId, lineId, direction, number, state, muted: false, recording: false, conferenced: false, createdAt: Date.now() };
}

export const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The next version of the line's call after one event; `null` when the call is over. */
export function reduceGatewayCall(call: LineCall | undefined, lineId: string, event: GatewayEventMessage['event']): LineCall | null | undefined {
  switch (event.type) {
    case 'ringing':
      return call ?? newGatewayCall(lineId, 'inbound', '', 'ringing');
    case 'incoming':
      return { ...(call ?? newGatewayCall(lineId, 'inbound', '', 'ringing')), number: str(event.number) || (call?.number ?? '') };
    case 'dialing':
      return call ?? newGatewayCall(lineId, 'outbound', '', 'dialing');
    case 'alerting':
      return call && { ...call, state: 'early' };
    case 'answered':
      return call && { ...call, state: 'connected', answeredAt: call.answeredAt ?? Date.now() };
    case 'callState': {
      if (event.state === 'released') return null;
      const state = stateNames[str(event.state)];
      if (state === undefined) return call;
      const base = call ?? newGatewayCall(lineId, event.direction === 'incoming' ? 'inbound' : 'outbound', str(event.number), state);
      return { ...base, state, number: base.number || str(event.number), ...(state === 'connected' && base.answeredAt === undefined ? { answeredAt: Date.now() } : {}) };
    }
    case 'hangup':
      return null;
    default:
      return call;
  }
}
