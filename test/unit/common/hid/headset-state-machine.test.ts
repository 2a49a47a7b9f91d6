// The call rules of headsets-hid.md §3.3–3.5, one row per situation.
import { describe, expect, it } from 'vitest';
import { HeadsetStateMachine, type CallState, type HeadsetAction } from '../../../../common/hid/headset-state-machine';
import type { DeviceEvent } from '../../../../common/hid/device-events';

const hookUp: DeviceEvent = { kind: 'hook', offHook: true };
const hookDown: DeviceEvent = { kind: 'hook', offHook: false };
const press = (control: 'phoneMute' | 'flash' | 'redial' | 'drop' | 'reject' | 'speedDial'): DeviceEvent => ({ kind: 'press', control });

const idle: CallState = { phase: 'idle', muted: false };
const ringing: CallState = { phase: 'ringing', muted: false };
const connected: CallState = { phase: 'connected', muted: false };
const mutedCall: CallState = { phase: 'connected', muted: true };
const held: CallState = { phase: 'held', muted: false };
const dialing: CallState = { phase: 'dialing', muted: false };

/** [situation, call state, device events (each 1 s apart), actions, phase afterwards] */
const cases: [string, CallState, DeviceEvent[], HeadsetAction[], CallState['phase']][] = [
  ['hook up while ringing answers', ringing, [hookUp], [{ action: 'answer' }], 'connected'],
  ['hook down while connected hangs up', connected, [hookDown], [{ action: 'hangup' }], 'idle'],
  ['hook down while ringing rejects (Poly)', ringing, [hookDown], [{ action: 'reject' }], 'idle'],
  ['hook up while dialing is the echo of our Off-Hook, not an answer', dialing, [hookUp], [], 'dialing'],
  ['hook up while connected is an echo', connected, [hookUp], [], 'connected'],
  ['hook down while idle is the echo of a remote hang-up', idle, [hookDown], [], 'idle'],
  ['hook up while idle starts nothing', idle, [hookUp], [], 'idle'],
  ['relative hook toggle while ringing answers', ringing, [{ kind: 'hookToggle' }], [{ action: 'answer' }], 'connected'],
  ['relative hook toggle in a call hangs up', connected, [{ kind: 'hookToggle' }], [{ action: 'hangup' }], 'idle'],
  ['mute press asks to mute', connected, [press('phoneMute')], [{ action: 'mute', muted: true }], 'connected'],
  ['mute press while muted asks to unmute', mutedCall, [press('phoneMute')], [{ action: 'mute', muted: false }], 'connected'],
  ['Button 7 while ringing rejects', ringing, [press('reject')], [{ action: 'reject' }], 'idle'],
  ['Drop in a call hangs up', held, [press('drop')], [{ action: 'hangup' }], 'idle'],
  ['Drop while idle does nothing', idle, [press('drop')], [], 'idle'],
  ['flash is passed to the app', connected, [press('flash')], [{ action: 'flash' }], 'connected'],
  ['redial is passed to the app', idle, [press('redial')], [{ action: 'redial' }], 'idle'],
  ['a keypad digit is passed to the app', connected, [{ kind: 'keypad', digit: '7' }], [{ action: 'keypad', digit: '7' }], 'connected'],
  ['line busy is informational', connected, [{ kind: 'lineBusy', busy: true }], [], 'connected'],
  ['answer then hang up is two actions', ringing, [hookUp, hookDown], [{ action: 'answer' }, { action: 'hangup' }], 'idle'],
];

describe('HeadsetStateMachine', () => {
  it.each(cases)('%s', (_name, state, events, actions, phaseAfter) => {
    let now = 0;
    const machine = new HeadsetStateMachine({ now: () => now });
    machine.setCallState(state);
    const seen = events.flatMap((e) => {
      now += 1000;
      return machine.handle(e);
    });
    expect(seen).toEqual(actions);
    expect(machine.callState.phase).toBe(phaseAfter);
  });

  it('ignores a repeat of the same request inside the bounce window (Plantronics ~50 ms double)', () => {
    let now = 0;
    const machine = new HeadsetStateMachine({ now: () => now, bounceMs: 250 });
    machine.setCallState(connected);
    expect(machine.handle(press('phoneMute'))).toHaveLength(1);
    now += 50;
    expect(machine.handle(press('phoneMute'))).toEqual([]);
    now += 300;
    expect(machine.handle(press('phoneMute'))).toHaveLength(1);
  });

  it('ignores a hook bounce right after an answer instead of hanging up', () => {
    let now = 0;
    const machine = new HeadsetStateMachine({ now: () => now });
    machine.setCallState(ringing);
    expect(machine.handle(hookUp)).toEqual([{ action: 'answer' }]);
    now += 50;
    expect(machine.handle(hookDown)).toEqual([]);
    expect(machine.callState.phase).toBe('connected');
  });

  it.each([
    ['idle', idle, {}],
    ['ringing', ringing, { ring: true, ringer: true }],
    ['dialing', dialing, { offHook: true }],
    ['connected', connected, { offHook: true }],
    ['muted', mutedCall, { offHook: true, mute: true, microphone: true }],
    // Hold keeps Off-Hook lit (gonnect PR #52)
    ['held', held, { offHook: true, hold: true }],
  ])('LEDs while %s', (_name, state, lit) => {
    const machine = new HeadsetStateMachine({ now: () => 0 });
    machine.setCallState(state);
    const leds = machine.leds();
    expect(Object.fromEntries(Object.entries(leds).filter(([, on]) => on))).toEqual(lit);
  });
});
