// Everything the agent can do to a call, for both kinds of line: SIP calls go to the phone engine,
// gateway calls to the devices process (gateway:command). Each action reports its failure to the
// phone store as a human problem instead of throwing into a click handler.
import { parseDialTarget } from '../../../common/sip/dial-target';
import { getBridge, unwrap } from '../platform/page-bridge';
import { normalizeDialInput } from './dial-input';
import { getEngine } from './page-engine';
import { endGatewayCall, trackGatewayDial } from './gateway-calls';
import type { LineCall } from './line-call';
import { problemFrom, sipProblem, uiProblem } from './problem';
import { showProblem, usePhone, type LineRef } from './phone-store';

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

/** A call just placed: its phone-store key and the time it was created (gateway keys are reused). */
export interface DialledCall {
  readonly key: string;
  readonly since: number;
}

/**
 * Validates `raw` and dials it on `line`. Nothing leaves the page unless the dial target parsed;
 * gateways take plain numbers only. Returns the new call, or null when nothing was placed.
 * `remember: false` keeps the number out of the store's redial memory (masked calls: place-call.ts
 * redials them by their subject instead). `noAnswerTimeoutSeconds` goes to the engine for SIP calls;
 * gateway calls get theirs from place-call.ts (no-answer.ts).
 */
export async function dialTarget(line: LineRef | undefined, raw: string, options: { remember?: boolean; noAnswerTimeoutSeconds?: number } = {}): Promise<DialledCall | null> {
  const text = normalizeDialInput(raw);
  const parsed = parseDialTarget(text);
  if (!parsed.ok) {
    showProblem(sipProblem(parsed.error, 'dialer.hintFixNumber'));
    return null;
  }
  if (line === undefined) {
    showProblem(uiProblem('dialer.noLine', 'dialer.hintPickLine'));
    return null;
  }
  showProblem(undefined);
  usePhone.setState({ lastDialled: options.remember === false ? '' : text, lastEnded: undefined });
  const since = Date.now();
  if (line.via === 'gateway') {
    if (parsed.target.kind !== 'number') {
      showProblem(uiProblem('dialer.gatewayNeedsNumber', 'dialer.hintFixNumber'));
      return null;
    }
    const number = parsed.target.user;
    const placed = await attempt('dialer.hintGatewayLine', async () => {
      trackGatewayDial(line.id, number);
      await gateway({ op: 'dial', lineId: line.id, number }).catch((error: unknown) => {
        endGatewayCall(line.id, 'local-hangup');
        throw error;
      });
    });
    return placed ? { key: `gw/${line.id}`, since } : null;
  }
  let id: string | undefined;
  const placed = await attempt('dialer.hintSipLine', async () => {
    // the engine runs a SIP call's no-answer timer itself (outcome source 'timeout')
    id = await getEngine().call(text, { accountId: line.id, ...(options.noAnswerTimeoutSeconds === undefined ? {} : { noAnswerTimeoutSeconds: options.noAnswerTimeoutSeconds }) });
  });
  return placed && id !== undefined ? { key: `sip/${id}`, since } : null;
}

/** dialTarget for callers that only need to know whether a call was placed (consultation calls). */
export async function dial(line: LineRef | undefined, raw: string): Promise<boolean> {
  return (await dialTarget(line, raw)) !== null;
}

export function answer(call: LineCall): Promise<boolean> {
  if (call.via === 'gateway') return attempt('call.hintRetry', () => gateway({ op: 'answer', lineId: call.lineId }));
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
