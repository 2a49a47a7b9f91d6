// The call lifecycle as an explicit table. Pure: the caller passes the clock reading, so every
// transition is table-testable and the same machine drives the renderer engine and any UI.

export type CallState =
  | 'idle'
  | 'dialing' // outbound INVITE sent, no provisional response yet
  | 'early' // outbound, 18x received (far end alerting / early media)
  | 'ringing' // inbound, alerting the agent
  | 'connected'
  | 'held'
  | 'transferring'
  | 'ended'
  | 'wrap-up';

export type CallEndReason =
  | 'local-hangup'
  | 'remote-hangup'
  | 'rejected'
  | 'cancelled'
  | 'failed'
  | 'transferred';

export type CallEvent =
  | { type: 'dial' }
  | { type: 'incoming' }
  | { type: 'progress' }
  | { type: 'answered' }
  | { type: 'hold' }
  | { type: 'unhold' }
  | { type: 'transfer' }
  | { type: 'transfer-failed' }
  | { type: 'end'; reason: CallEndReason; sipCode?: number }
  | { type: 'wrap-up' }
  | { type: 'done' };

export type CallEventType = CallEvent['type'];

export interface CallSnapshot {
  readonly state: CallState;
  /** Where a failed transfer returns to (connected or held). */
  readonly beforeTransfer?: 'connected' | 'held';
  readonly createdAt: number;
  readonly answeredAt?: number;
  readonly endedAt?: number;
  readonly endReason?: CallEndReason;
  readonly sipCode?: number;
}

export class IllegalCallTransitionError extends Error {
  constructor(
    readonly from: CallState,
    readonly event: CallEventType,
  ) {
    super(`Illegal call transition: '${event}' is not allowed in state '${from}'`);
    this.name = 'IllegalCallTransitionError';
  }
}

const live: readonly CallState[] = ['dialing', 'early', 'ringing', 'connected', 'held', 'transferring'];

/** Which events each state accepts and where they lead. Anything missing is illegal. */
const table: Record<CallState, Partial<Record<CallEventType, CallState>>> = {
  idle: { dial: 'dialing', incoming: 'ringing' },
  dialing: { progress: 'early', answered: 'connected', end: 'ended' },
  early: { progress: 'early', answered: 'connected', end: 'ended' },
  ringing: { answered: 'connected', end: 'ended' },
  connected: { hold: 'held', transfer: 'transferring', end: 'ended' },
  held: { unhold: 'connected', transfer: 'transferring', end: 'ended' },
  transferring: { 'transfer-failed': 'connected', end: 'ended' },
  ended: { 'wrap-up': 'wrap-up', done: 'idle' },
  'wrap-up': { done: 'idle' },
};

export function initialCall(now: number): CallSnapshot {
  return { state: 'idle', createdAt: now };
}

export function canTransition(from: CallState, event: CallEventType): boolean {
  return table[from][event] !== undefined;
}

export function isLive(state: CallState): boolean {
  return live.includes(state);
}

export function transition(call: CallSnapshot, event: CallEvent, now: number): CallSnapshot {
  const target = table[call.state][event.type];
  if (target === undefined) throw new IllegalCallTransitionError(call.state, event.type);
  switch (event.type) {
    case 'answered':
      return { ...call, state: target, answeredAt: now };
    case 'transfer':
      return { ...call, state: target, beforeTransfer: call.state === 'held' ? 'held' : 'connected' };
    case 'transfer-failed':
      return { ...call, state: call.beforeTransfer ?? target, beforeTransfer: undefined };
    case 'end':
      return { ...call, state: target, endedAt: now, endReason: event.reason, sipCode: event.sipCode };
    case 'done':
      return initialCall(now);
    default:
      return { ...call, state: target };
  }
}
