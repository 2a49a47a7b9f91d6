// What the headset should show for the calls there are (LEDs, ringer, mute). Pure.
import type { CallPhase, CallState } from '../../../common/hid/headset-api';
import { focusCall, type LineCall } from './line-call';

export function headsetState(calls: readonly LineCall[]): CallState {
  const call = focusCall(calls);
  const phases: Partial<Record<LineCall['state'], CallPhase>> = {
    ringing: 'ringing',
    dialing: 'dialing',
    early: 'dialing',
    connected: 'connected',
    transferring: 'connected',
    held: 'held',
  };
  return { phase: (call && phases[call.state]) ?? 'idle', muted: call?.muted ?? false };
}
