// Follows the call and turns headset requests into app actions, and call state into LEDs.
// The device's requests must be acknowledged at once (Jabra reverts after ~2 s otherwise), so on
// answer/hang-up the machine moves its own phase ahead of the app; the app's next setCallState
// normally confirms it and then produces no further write.
import type { DeviceEvent, PressControl } from './device-events';
import type { LedState } from './output-encoder';
import type { CallPhase, CallState, HeadsetAction } from './headset-api';

export type { CallPhase, CallState, HeadsetAction };

export interface StateMachineOptions {
  /** Milliseconds clock, injected so tests and replays control time. */
  readonly now: () => number;
  /** Repeats of the same request inside this window are bounces (Plantronics doubles reports ~50 ms apart). */
  readonly bounceMs?: number;
}

const IN_CALL: ReadonlySet<CallPhase> = new Set(['dialing', 'connected', 'held']);
const SIMPLE_PRESSES: Readonly<Partial<Record<PressControl, HeadsetAction>>> = {
  flash: { action: 'flash' }, redial: { action: 'redial' }, speedDial: { action: 'speedDial' },
};

export const IDLE: CallState = { phase: 'idle', muted: false };

export class HeadsetStateMachine {
  private state: CallState = IDLE;
  private readonly lastActedAt = new Map<string, number>();
  private readonly bounceMs: number;

  constructor(private readonly options: StateMachineOptions) {
    this.bounceMs = options.bounceMs ?? 250;
  }

  get callState(): CallState {
    return this.state;
  }

  setCallState(state: CallState): void {
    this.state = state;
  }

  /** The LEDs that acknowledge and display the current state. */
  leds(): LedState {
    const { phase, muted } = this.state;
    const inCall = IN_CALL.has(phase);
    return {
      // Hold keeps Off-Hook lit: clearing it makes Jabra report on-hook, which would hang up (gonnect PR #52).
      offHook: inCall,
      ring: phase === 'ringing',
      ringer: phase === 'ringing',
      hold: phase === 'held',
      mute: inCall && muted,
      microphone: inCall && muted,
    };
  }

  handle(event: DeviceEvent): HeadsetAction[] {
    switch (event.kind) {
      case 'hook': return event.offHook ? this.hookUp() : this.hookDown();
      case 'hookToggle': return this.state.phase === 'ringing' ? this.hookUp() : IN_CALL.has(this.state.phase) ? this.hookDown() : [];
      case 'press': return this.press(event.control);
      case 'keypad': return [{ action: 'keypad', digit: event.digit }];
      case 'lineBusy': return []; // the device telling us the line is in use; LEDs already follow the call
    }
  }

  private hookUp(): HeadsetAction[] {
    // Off-hook while dialing/connected/held is the device echoing our Off-Hook LED, not a new call.
    if (this.state.phase !== 'ringing' || this.bounced('hook')) return [];
    this.state = { phase: 'connected', muted: false };
    return [{ action: 'answer' }];
  }

  private hookDown(): HeadsetAction[] {
    const { phase } = this.state;
    if (phase === 'ringing') return this.bounced('hook') ? [] : this.toIdle({ action: 'reject' });
    if (!IN_CALL.has(phase) || this.bounced('hook')) return [];
    return this.toIdle({ action: 'hangup' });
  }

  private press(control: PressControl): HeadsetAction[] {
    if (this.bounced(control)) return [];
    if (control === 'phoneMute') return [{ action: 'mute', muted: !this.state.muted }];
    if (control === 'reject') return this.state.phase === 'ringing' ? this.toIdle({ action: 'reject' }) : [{ action: 'reject' }];
    if (control === 'drop') {
      if (this.state.phase === 'ringing') return this.toIdle({ action: 'reject' });
      return IN_CALL.has(this.state.phase) ? this.toIdle({ action: 'hangup' }) : [];
    }
    const action = SIMPLE_PRESSES[control];
    return action ? [action] : [];
  }

  private toIdle(action: HeadsetAction): HeadsetAction[] {
    this.state = IDLE;
    return [action];
  }

  private bounced(key: string): boolean {
    const now = this.options.now();
    const last = this.lastActedAt.get(key);
    if (last !== undefined && now - last < this.bounceMs) return true;
    this.lastActedAt.set(key, now);
    return false;
  }
}
