// Everything the agent can do to a call, for both kinds of line: SIP calls go to the phone engine,
// gateway calls to the devices process (gateway:command). Each action reports its failure to the
// phone store as a human problem instead of throwing into a click handler.
import { parseDialTarget } from '../../../common/sip/dial-target';
import { useApp } from '../app/store';
import { getBridge, unwrap } from '../platform/bridge';
import { accountSettings } from './accounts';
import { normalizeDialInput } from './dial-input';
import { getEngine } from './engine';
import { endGatewayCall, trackGatewayDial } from './gateway-calls';
import type { LineCall } from './line-call';
import { problemFrom, sipProblem, uiProblem } from './problem';
import { showProblem, usePhone, type LineRef } from './store';

async function attempt(hint: string, action: () => Promise<unknown> | unknown): Promise<boolean> {
  try {
    await action();
    return true;
  } catch (error) {
    showProblem(problemFrom(error, hint));
    return false;
  }
}

const gateway = (command: Parameters<ReturnType<typeof getBridge>['api']['gateway']['command']>[0]) => unwrap(getBridge().api.gateway.command(command));

function applyAccountPolicy(accountId: string): void {
  const account = accountSettings(useApp.getState().settings, accountId);
  getEngine().setRecordingPolicy(account?.recording.policy ?? 'off');
}

/**
 * Validates `raw` and dials it on `line`. Nothing leaves the page unless the dial target parsed;
 * gateways take plain numbers only. Returns whether the call was placed.
 */
export async function dial(line: LineRef | undefined, raw: string): Promise<boolean> {
  const text = normalizeDialInput(raw);
  const parsed = parseDialTarget(text);
  if (!parsed.ok) {
    showProblem(sipProblem(parsed.error, 'dialer.hintFixNumber'));
    return false;
  }
  if (line === undefined) {
    showProblem(uiProblem('dialer.noLine', 'dialer.hintPickLine'));
    return false;
  }
  showProblem(undefined);
  usePhone.setState({ lastDialled: text, lastEnded: undefined });
  if (line.via === 'gateway') {
    if (parsed.target.kind !== 'number') {
      showProblem(uiProblem('dialer.gatewayNeedsNumber', 'dialer.hintFixNumber'));
      return false;
    }
    const number = parsed.target.user;
    return attempt('dialer.hintGatewayLine', async () => {
      trackGatewayDial(line.id, number);
      await gateway({ op: 'dial', lineId: line.id, number }).catch((error: unknown) => {
        endGatewayCall(line.id, 'local-hangup');
        throw error;
      });
    });
  }
  applyAccountPolicy(line.id);
  return attempt('dialer.hintSipLine', () => getEngine().call(text, { accountId: line.id }));
}

export function answer(call: LineCall): Promise<boolean> {
  if (call.via === 'gateway') return attempt('call.hintRetry', () => gateway({ op: 'answer', lineId: call.lineId }));
  applyAccountPolicy(call.lineId);
  return attempt('call.hintRetry', () => getEngine().answer(call.id));
}

export function reject(call: LineCall): Promise<boolean> {
  if (call.via === 'gateway') return hangup(call);
  return attempt('call.hintRetry', () => getEngine().reject(call.id));
}

export function hangup(call: LineCall): Promise<boolean> {
  if (call.via === 'gateway') {
    return attempt('call.hintRetry', async () => {
      endGatewayCall(call.lineId, call.state === 'ringing' ? 'rejected' : 'local-hangup');
      await gateway({ op: 'hangup', lineId: call.lineId });
    });
  }
  return attempt('call.hintRetry', () => getEngine().hangup(call.id));
}

export function toggleHold(call: LineCall): Promise<boolean> {
  if (call.via === 'gateway') return Promise.resolve(false);
  return attempt('call.hintRetry', () => (call.state === 'held' ? getEngine().unhold(call.id) : getEngine().hold(call.id)));
}

export function setMuted(call: LineCall, muted: boolean): Promise<boolean> {
  if (call.via === 'gateway') return Promise.resolve(false);
  return attempt('call.hintRetry', () => getEngine().mute(call.id, muted));
}

/** Digits the far end's IVR hears; the SIP account's DTMF mode decides how they are sent. */
export function sendDtmf(call: LineCall, digits: string): Promise<boolean> {
  if (call.via === 'gateway') return attempt('call.hintRetry', () => gateway({ op: 'dtmf', lineId: call.lineId, digits }));
  return attempt('call.hintRetry', () => getEngine().sendDtmf(call.id, digits));
}

export function blindTransfer(call: LineCall, raw: string): Promise<boolean> {
  const text = normalizeDialInput(raw);
  const parsed = parseDialTarget(text);
  if (!parsed.ok) {
    showProblem(sipProblem(parsed.error, 'dialer.hintFixNumber'));
    return Promise.resolve(false);
  }
  return attempt('call.hintTransfer', () => getEngine().blindTransfer(call.id, text));
}

/** Puts `call` on hold and calls `raw` on the same account, to talk before transferring. */
export function consult(call: LineCall, raw: string): Promise<boolean> {
  return dial({ via: 'sip', id: call.lineId }, raw);
}

export function completeTransfer(call: LineCall, consultation: LineCall): Promise<boolean> {
  return attempt('call.hintTransfer', () => getEngine().attendedTransfer(call.id, consultation.id));
}

export function conference(a: LineCall, b: LineCall): Promise<boolean> {
  return attempt('call.hintRetry', () => getEngine().conference(a.id, b.id));
}

export function toggleRecording(call: LineCall): Promise<boolean> {
  return attempt('call.hintRecording', () => (call.recording ? getEngine().stopRecording(call.id) : getEngine().startRecording(call.id)));
}
