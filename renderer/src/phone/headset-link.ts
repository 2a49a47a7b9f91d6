// The headset follows the call (headset:setCallState: LEDs, ringer) and drives it (headset:button:
// answer, hang up, reject, mute, flash = hold/resume, redial). A mute press is a request: the engine
// mutes, and the state sent back is what the call really is.
import type { CallState, HeadsetAction } from '../../../common/hid/headset-api';
import { getBridge } from '../platform/page-bridge';
import { answer, dial, hangup, reject, setMuted, toggleHold } from './call-actions';
import { headsetState } from './headset-state';
import { focusCall, type LineCall } from './line-call';
import { allCalls, usePhone } from './phone-store';

function send(state: CallState): void {
  void getBridge().api.headset.setCallState(state);
}

async function onButton(action: HeadsetAction): Promise<void> {
  const phone = usePhone.getState();
  const calls = allCalls(phone);
  const call = focusCall(calls);
  const ringing = calls.find((c) => c.state === 'ringing');
  switch (action.action) {
    case 'answer':
      if (ringing) await answer(ringing);
      break;
    case 'reject':
      if (ringing) await reject(ringing);
      break;
    case 'hangup':
      if (call && call.state !== 'ringing') await hangup(call);
      else if (ringing) await reject(ringing);
      break;
    case 'mute':
      if (call && call.state !== 'ringing') await setMuted(call, action.muted);
      break;
    case 'flash':
      if (call && (call.state === 'connected' || call.state === 'held')) await toggleHold(call);
      break;
    case 'redial':
      if (!call && phone.lastDialled) await dial(phone.line, phone.lastDialled);
      break;
    default:
      break;
  }
  // echo the real state back even when nothing changed, so the headset drops a refused request
  send(headsetState(allCalls(usePhone.getState())));
}

export function bindHeadset(): () => void {
  let last = '';
  const push = (calls: readonly LineCall[]) => {
    const state = headsetState(calls);
    const key = `${state.phase}/${state.muted}`;
    if (key === last) return;
    last = key;
    send(state);
  };
  push(allCalls(usePhone.getState()));
  const unsubscribeStore = usePhone.subscribe((s) => push(allCalls(s)));
  const unsubscribeButtons = getBridge().api.headset.onButton((event) => void onButton(event.action));
  return () => {
    unsubscribeStore();
    unsubscribeButtons();
  };
}
