// One call as the dialer shows it, whichever line carries it: a SIP call from the phone engine or a
// call on a GSM/FXO gateway line. Plain data; the actions in ./call-actions.ts act on it.
import type { CallEndReason, CallState } from '../../../common/call/call-state';
import type { SipMessage } from '../../../common/sip/messages';
import type { AutoOutcome, CallView } from '../telephony';

export type Via = 'sip' | 'gateway';

export interface LineCall {
  /** unique across both kinds: `sip/<engine call id>` or `gw/<gateway line id>` */
  readonly key: string;
  readonly via: Via;
  /** the engine's call id, or the gateway line id */
  readonly id: string;
  /** the SIP account id or the gateway line id the call is on */
  readonly lineId: string;
  readonly direction: 'inbound' | 'outbound';
  /** the far end's number or SIP user, as text */
  readonly number: string;
  readonly name?: string;
  readonly state: CallState;
  readonly muted: boolean;
  readonly recording: boolean;
  readonly conferenced: boolean;
  readonly createdAt: number;
  readonly answeredAt?: number;
  readonly endedAt?: number;
  readonly endReason?: CallEndReason;
  readonly failure?: SipMessage;
  /** gateway hang-up cause as the modem reported it */
  readonly cause?: string;
  /** SIP calls: the engine's automatic outcome (SIP code/Reason, early-media tone, no-answer timeout) */
  readonly autoOutcome?: AutoOutcome;
}

/** "sip:1001@pbx.example.com" → "1001"; anything unparseable is shown as it came. */
export function remoteNumber(uri: string): string {
  const match = /^sips?:([^@;>]+)@/.exec(uri);
  return match?.[1] ?? uri.replace(/^sips?:/, '');
}

export function fromCallView(call: CallView): LineCall {
  return {
    key: `sip/${call.id}`,
    via: 'sip',
    id: call.id,
    lineId: call.accountId,
    direction: call.direction,
    number: remoteNumber(call.remoteUri),
    ...(call.remoteName === undefined ? {} : { name: call.remoteName }),
    state: call.state,
    muted: call.muted,
    recording: call.recording,
    conferenced: call.conferenced,
    createdAt: call.createdAt,
    ...(call.answeredAt === undefined ? {} : { answeredAt: call.answeredAt }),
    ...(call.endedAt === undefined ? {} : { endedAt: call.endedAt }),
    ...(call.endReason === undefined ? {} : { endReason: call.endReason }),
    ...(call.failure === undefined ? {} : { failure: call.failure }),
    ...(call.autoOutcome === undefined ? {} : { autoOutcome: call.autoOutcome }),
  };
}

const live: readonly CallState[] = ['dialing', 'early', 'ringing', 'connected', 'held', 'transferring'];
export const isLiveCall = (call: LineCall): boolean => live.includes(call.state);

/**
 * The call the agent's keys and headset act on: a connected one first, then one alerting the agent,
 * then one being dialled, then a held one.
 */
export function focusCall(calls: readonly LineCall[]): LineCall | undefined {
  for (const state of ['connected', 'transferring', 'ringing', 'dialing', 'early', 'held'] as const) {
    const found = calls.find((c) => c.state === state);
    if (found !== undefined) return found;
  }
  return undefined;
}
