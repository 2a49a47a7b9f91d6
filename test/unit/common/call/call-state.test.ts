import { describe, expect, it } from 'vitest';
import {
  IllegalCallTransitionError,
  initialCall,
  transition,
  type CallEvent,
  type CallSnapshot,
  type CallState,
} from '../../../../common/call/call-state';

const states: CallState[] = ['idle', 'dialing', 'early', 'ringing', 'connected', 'held', 'transferring', 'ended', 'wrap-up'];
const events: CallEvent[] = [
  { type: 'dial' },
  { type: 'incoming' },
  { type: 'progress' },
  { type: 'answered' },
  { type: 'hold' },
  { type: 'unhold' },
  { type: 'transfer' },
  { type: 'transfer-failed' },
  { type: 'end', reason: 'remote-hangup' },
  { type: 'wrap-up' },
  { type: 'done' },
];

/** The only legal moves, written out independently of the implementation's table. */
const legal: Array<[CallState, CallEvent['type'], CallState]> = [
  ['idle', 'dial', 'dialing'],
  ['idle', 'incoming', 'ringing'],
  ['dialing', 'progress', 'early'],
  ['dialing', 'answered', 'connected'],
  ['dialing', 'end', 'ended'],
  ['early', 'progress', 'early'],
  ['early', 'answered', 'connected'],
  ['early', 'end', 'ended'],
  ['ringing', 'answered', 'connected'],
  ['ringing', 'end', 'ended'],
  ['connected', 'hold', 'held'],
  ['connected', 'transfer', 'transferring'],
  ['connected', 'end', 'ended'],
  ['held', 'unhold', 'connected'],
  ['held', 'transfer', 'transferring'],
  ['held', 'end', 'ended'],
  ['transferring', 'transfer-failed', 'connected'],
  ['transferring', 'end', 'ended'],
  ['ended', 'wrap-up', 'wrap-up'],
  ['ended', 'done', 'idle'],
  ['wrap-up', 'done', 'idle'],
];

const at = (state: CallState): CallSnapshot => ({ state, createdAt: 0 });

describe('call state machine', () => {
  it.each(legal)('%s --%s--> %s', (from, type, to) => {
    const event = events.find((e) => e.type === type)!;
    expect(transition(at(from), event, 5).state).toBe(to);
  });

  const illegal = states.flatMap((s) =>
    events.filter((e) => !legal.some(([f, t]) => f === s && t === e.type)).map((e) => [s, e] as const),
  );
  it.each(illegal)('refuses %s --%o', (from, event) => {
    expect(() => transition(at(from), event, 5)).toThrow(IllegalCallTransitionError);
    expect(() => transition(at(from), event, 5)).toThrow(`'${event.type}' is not allowed in state '${from}'`);
  });

  it('records answer and end times from the injected clock', () => {
    let call = transition(initialCall(100), { type: 'dial' }, 110);
    call = transition(call, { type: 'progress' }, 150);
    call = transition(call, { type: 'answered' }, 200);
    call = transition(call, { type: 'end', reason: 'rejected', sipCode: 486 }, 900);
    expect(call).toMatchObject({ createdAt: 100, answeredAt: 200, endedAt: 900, endReason: 'rejected', sipCode: 486 });
  });

  it('returns a failed transfer to the state it started from', () => {
    const fromHeld = transition(transition(at('held'), { type: 'transfer' }, 1), { type: 'transfer-failed' }, 2);
    const fromConnected = transition(transition(at('connected'), { type: 'transfer' }, 1), { type: 'transfer-failed' }, 2);
    expect(fromHeld.state).toBe('held');
    expect(fromConnected.state).toBe('connected');
  });

  it('starts fresh after done', () => {
    const ended = transition(at('connected'), { type: 'end', reason: 'local-hangup' }, 7);
    expect(transition(ended, { type: 'done' }, 9)).toEqual({ state: 'idle', createdAt: 9 });
  });
});
