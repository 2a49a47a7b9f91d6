// The call keys (see ./shortcuts.ts) work anywhere on the dialer; digits send DTMF during a connected
// call unless the agent is typing in a field.
import { useEffect, type RefObject } from 'react';
import * as act from '../../phone/call-actions';
import { focusCall, type LineCall } from '../../phone/line-call';
import { allCalls, usePhone, type LineRef } from '../../phone/phone-store';
import { redialNewest } from './redial';
import { useDialerUi } from './dialer-ui';
import { commandFor, dtmfKeys, type CallCommand } from './shortcuts';

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) && (target as HTMLInputElement).type !== 'radio');

function run(command: CallCommand, calls: readonly LineCall[], numberField: HTMLInputElement | null, line: LineRef | undefined): boolean {
  const call = focusCall(calls);
  const ringing = calls.find((c) => c.state === 'ringing');
  const inCall = call && (call.state === 'connected' || call.state === 'held') ? call : undefined;
  const other = inCall && calls.find((c) => c !== inCall && c.via === 'sip' && (c.state === 'connected' || c.state === 'held'));
  switch (command) {
    case 'focusNumber':
      numberField?.focus();
      return true;
    case 'redial':
      // never while a call is up: F3 must not start a second call by accident
      return calls.some((c) => c.state !== 'ended') ? false : (void redialNewest(line), true);
    case 'answer':
      return ringing ? (void act.answer(ringing), true) : false;
    case 'reject':
      return ringing ? (void act.reject(ringing), true) : false;
    case 'hangup':
      return call ? (void (call.state === 'ringing' ? act.reject(call) : act.hangup(call)), true) : false;
    case 'hold':
      return inCall ? (void act.toggleHold(inCall), true) : false;
    case 'mute':
      return inCall ? (void act.setMuted(inCall, !inCall.muted), true) : false;
    case 'transfer':
      return inCall ? (useDialerUi.getState().openTransfer(inCall.key), true) : false;
    case 'conference':
      return inCall && other ? (void act.conference(inCall, other), true) : false;
    case 'record':
      return inCall ? (void act.toggleRecording(inCall), true) : false;
  }
}

export function useCallShortcuts(numberField: RefObject<HTMLInputElement | null>, line: LineRef | undefined): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const calls = allCalls(usePhone.getState());
      const command = commandFor(event);
      if (command !== undefined) {
        if (run(command, calls, numberField.current, line)) event.preventDefault();
        return;
      }
      const call = focusCall(calls);
      if (call?.state === 'connected' && !typing(event.target) && (dtmfKeys as readonly string[]).includes(event.key) && !event.ctrlKey && !event.altKey && !event.metaKey) {
        event.preventDefault();
        void act.sendDtmf(call, event.key);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [numberField, line]);
}
