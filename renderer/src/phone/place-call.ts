// Every dial in the app goes through placeCall: dial pad, click-to-dial, redial, tel: links, campaigns.
// Order: what to dial (a contact's phone is resolved by main) → the compliance check (blocked or
// unavailable: nothing is dialled) → privacy (a binding's X is dialled instead, or the binding server
// calls both legs) → the line. The context travels with the call to its log row and to onCallFinished.
//
// Masking: a masked call's real number never reaches the page's text. Privacy calls dial X only (the
// page never holds the customer's number); other masked calls hold it only as the SIP/AT dial string,
// while every place that shows, logs or copies a number uses the placed call's masked `display`
// (call-context.ts), and the log row's number is written by main from the subject.
//
// callId is the phone-store key of the call (`sip/<engine id>` or `gw/<line>`). A callback places no
// call here: its callId is `callback/<bindingId>`, and the FinishedCall comes from the inbound call
// from X that the switch then rings the agent with (it inherits the context).
import type { DialSubject } from '../../../common/dialer/dial-subject';
import type { BlockedVerdict } from '../../../common/compliance';
import { publicNumberOf } from '../../../common/dialer/dial-scope';
import { maskNumber } from '../../../common/privacy/mask-number';
import { i18n } from '../i18n';
import { formatDateTime } from '../i18n/date-time';
import { getBridge, unwrap } from '../platform/page-bridge';
import { dialTarget } from './call-actions';
import { addCallback, attachCall, expectCall, type CallContext, type PlacedCall } from './call-context';
import { normalizeDialInput } from './dial-input';
import { watchNoAnswer } from './no-answer';
import { problemFrom, problemText, uiProblem } from './problem';
import { errorSentence } from '../ui-shared/error-text';
import { showProblem, usePhone, type LineRef } from './phone-store';

export type { CallContext } from './call-context';

export type PlaceCallResult =
  | { placed: true; callId: string }
  | { placed: false; reason: 'blocked'; verdict: BlockedVerdict }
  | { placed: false; reason: 'failed'; message: string };

export { onCallFinished, type FinishedCall } from './finished-calls';

/** The last call placed, for redial: by subject, so a masked number is redialled without being known. */
let lastPlaced: { line: LineRef | undefined; subject: DialSubject; context: CallContext } | undefined;
export const lastPlacedCall = () => lastPlaced;

function failed(hint: string, error: unknown): PlaceCallResult {
  const problem = problemFrom(error, hint);
  showProblem(problem);
  return { placed: false, reason: 'failed', message: problemText(problem) };
}

function refusal(key: string, hint: string, params?: Record<string, string | number>): PlaceCallResult {
  const problem = uiProblem(key, hint, params);
  showProblem(problem);
  return { placed: false, reason: 'failed', message: problemText(problem) };
}

/** What the agent sees for a blocked dial: the rule in words, and when it may be tried again. */
function showBlocked(verdict: BlockedVerdict): void {
  const retry = verdict.retryAt === null ? '' : formatDateTime(verdict.retryAt, i18n.language);
  showProblem(uiProblem(`dialer.blocked.${verdict.rule}`, verdict.retryAt === null ? 'dialer.hintBlockedNever' : 'dialer.hintBlockedLater', { retry }));
}

async function checkCompliance(subject: DialSubject, dialText: string | undefined, campaignId: string | undefined): Promise<BlockedVerdict | 'allowed' | { error: unknown }> {
  // internal extensions and SIP addresses are not calls to the public (see common/dialer/dial-scope.ts)
  if ('number' in subject && dialText !== undefined && publicNumberOf(dialText) === null) return 'allowed';
  try {
    const verdict = await unwrap(getBridge().api.compliance.checkDial({ subject, campaignId: campaignId ?? null }));
    return verdict.status === 'allowed' ? 'allowed' : verdict;
  } catch (error) {
    return { error };
  }
}

export async function placeCall(line: LineRef | undefined, subject: DialSubject, context: CallContext = {}): Promise<PlaceCallResult> {
  const { api } = getBridge();
  const privacy = context.privacy ?? 'off';
  const masked = context.maskNumbers === true;
  const ctx: CallContext = { ...context, privacy, ...('contactId' in subject && context.contactId === undefined ? { contactId: subject.contactId } : {}) };
  if (privacy !== 'callback' && line === undefined) return refusal('dialer.noLine', 'dialer.hintPickLine');

  // 1. what to dial and what to show
  let dialText: string | undefined;
  let display: string;
  if ('number' in subject) {
    dialText = normalizeDialInput(subject.number);
    display = masked ? maskNumber(dialText) : dialText;
  } else if (privacy === 'off') {
    try {
      const resolved = await unwrap(api.dialer.resolve({ subject, masked }));
      dialText = resolved.number;
      display = resolved.display;
    } catch (error) {
      return failed('dialer.hintContactNumber', error);
    }
  } else {
    display = '';
  }

  // 2. compliance, right before dialling; if it cannot be asked, nothing is dialled
  const verdict = await checkCompliance(subject, dialText, ctx.campaignId);
  if (verdict !== 'allowed' && 'error' in verdict) {
    console.warn('compliance check failed', verdict.error);
    return refusal('dialer.complianceUnavailable', 'dialer.hintComplianceUnavailable', { detail: errorSentence(i18n.t, verdict.error) });
  }
  if (verdict !== 'allowed') {
    showBlocked(verdict);
    return { placed: false, reason: 'blocked', verdict };
  }

  // 3. privacy: the binding server gives X (or calls both legs itself)
  let binding;
  if (privacy !== 'off') {
    try {
      binding = await unwrap(api.privacy.bind({ subject, mode: privacy, masked }));
    } catch (error) {
      return failed('dialer.hintPrivacy', error);
    }
    display = binding.display;
    dialText = binding.x;
  }
  // a masked direct call keeps no dial string of its own (the log row's number comes from main's
  // subject); a privacy call's X is no secret
  const placed: PlacedCall = { subject, context: ctx, display, dialled: masked && !binding ? display : (dialText ?? ''), ...(binding ? { binding } : {}), line, placedAt: Date.now() };
  lastPlaced = { line, subject, context: ctx };
  if (binding?.mode === 'callback') {
    addCallback(placed);
    showProblem(undefined);
    return { placed: true, callId: `callback/${binding.bindingId}` };
  }

  // 4. the line
  const stopExpecting = expectCall(line!, placed);
  try {
    const timeout = ctx.noAnswerTimeoutSeconds;
    const call = await dialTarget(line, dialText!, { remember: !masked && privacy === 'off', ...(timeout !== undefined && line!.via === 'sip' ? { noAnswerTimeoutSeconds: timeout } : {}) });
    if (call === null) {
      if (binding) void api.privacy.release({ bindingId: binding.bindingId }).catch(() => undefined);
      const problem = usePhone.getState().problem;
      return { placed: false, reason: 'failed', message: problemText(problem ?? uiProblem('call.notPlaced.serverError', 'call.hintRetry')) };
    }
    attachCall(call.key, call.since, placed);
    if (timeout !== undefined && line!.via === 'gateway') watchNoAnswer(call, timeout);
    return { placed: true, callId: call.key };
  } finally {
    stopExpecting();
  }
}

/** Redials the last call placed on this page, by its subject (so masking and the campaign carry over). */
export async function redialLast(line: LineRef | undefined): Promise<PlaceCallResult | undefined> {
  if (!lastPlaced) return undefined;
  return placeCall(line ?? lastPlaced.line, lastPlaced.subject, lastPlaced.context);
}
