// A failure the agent must understand: either one of the SIP layer's message keys (common/sip/messages)
// or a UI key under phone./call./dialer., each shown with what to do next.
import type { SipMessage } from '../../../common/sip/messages';
import { sipMessages, formatSipMessage } from '../../../common/sip/messages';
import { i18n, uiLanguageOf } from '../i18n';
import { IpcCallError } from '../platform/page-bridge';
import { errorSentence } from '../ui-shared/error-text';
import { PhoneError } from '../telephony';

export type Problem =
  | { readonly kind: 'sip'; readonly message: SipMessage; readonly hint: string }
  | { readonly kind: 'ui'; readonly key: string; readonly params?: Readonly<Record<string, string | number>>; readonly hint: string };

export const uiProblem = (key: string, hint: string, params?: Record<string, string | number>): Problem => ({ kind: 'ui', key, hint, ...(params ? { params } : {}) });
export const sipProblem = (message: SipMessage, hint: string): Problem => ({ kind: 'sip', message, hint });

/** Turns whatever an action threw into a problem with a human reason. */
export function problemFrom(error: unknown, hint: string): Problem {
  if (error instanceof PhoneError && error.reason !== undefined) return sipProblem(error.reason, hint);
  // main's and the browser's own texts are English for the log: the agent gets the sentence for what happened
  console.warn('phone action failed', error);
  if (error instanceof IpcCallError) return uiProblem('phone.ipcFailed', hint, { detail: errorSentence(i18n.t, error) });
  return uiProblem('phone.actionFailed', hint, { detail: errorSentence(i18n.t, error) });
}

/** The problem in the UI language (the SIP layer's own zh-CN/en text for its keys). */
export function problemText(problem: Problem): string {
  if (problem.kind === 'ui') return i18n.t(problem.key, problem.params ?? {});
  const locale = uiLanguageOf(i18n.language);
  return problem.message.key in sipMessages ? formatSipMessage(problem.message, locale) : problem.message.key;
}

export const problemHint = (problem: Problem): string => i18n.t(problem.hint);
