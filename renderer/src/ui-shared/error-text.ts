// Turns a failure into sentences the user can act on, in the UI language. Main's own messages are English
// for the log and are never shown: a code becomes its sentence with a next step, invalid input its
// problems field by field, a browser media error what to check. The raw error goes to the console.
import type { TFunction } from 'i18next';
import type { FailureReason } from '../../../common/ipc/failure-reason';
import { issueLines, ValidationError, type IssueLike } from '../../../common/validation/issue-text';
import { i18n, uiLanguageOf } from '../i18n';
import { IpcCallError } from '../platform/page-bridge';

const CODES = new Set(['INVALID_INPUT', 'NOT_FOUND', 'UNAVAILABLE', 'REFUSED', 'INTERNAL']);
/** DOMException names of getUserMedia, setSinkId and audio playback */
const MEDIA = new Set(['NotAllowedError', 'NotFoundError', 'NotReadableError', 'OverconstrainedError', 'AbortError', 'SecurityError', 'NotSupportedError']);

/** A field path as the user knows it (`fields.<path>` in the messages), or nothing: never the path itself. */
function label(t: TFunction, path: readonly PropertyKey[]): string | undefined {
  const key = `fields.${path.filter((p) => typeof p === 'string').join('.')}`;
  return i18n.exists(key) ? t(key) : undefined;
}

function issuesText(t: TFunction, issues: readonly IssueLike[]): string {
  const language = uiLanguageOf(i18n.language);
  return issueLines(issues, language, (path) => label(t, path)).join(language === 'zh-CN' ? '；' : '; ');
}

/** A reason from main as its sentence with the next step (`errors.reason.<key>`), or nothing for a key this page does not know. */
export function reasonSentence(t: TFunction, reason: FailureReason | undefined): string | undefined {
  if (!reason) return undefined;
  const key = `errors.reason.${reason.key}`;
  return i18n.exists(key) ? t(key, reason.params ?? {}) : undefined;
}

/** What went wrong and what to do, without the developer's text. */
export function errorSentence(t: TFunction, error: unknown): string {
  if (error instanceof IpcCallError) {
    const said = reasonSentence(t, error.reason);
    if (said) return said;
    if (error.code === 'INVALID_INPUT' && error.issues.length > 0) return issuesText(t, error.issues);
    return t(`contacts.errors.${CODES.has(error.code) ? error.code : 'OTHER'}`);
  }
  if (error instanceof ValidationError) return issuesText(t, error.issues);
  const name = (error as { name?: unknown } | null)?.name;
  if (typeof name === 'string' && MEDIA.has(name)) return t(`errors.media.${name}`);
  return t('errors.unexpected');
}

/** "<what failed> <what went wrong and what to do>"; the raw error is logged to the console for support. */
export function errorText(t: TFunction, error: unknown, context?: string): string {
  console.warn(context ?? 'error', error);
  const sentence = errorSentence(t, error);
  // Chinese sentences follow each other without a space
  return context ? `${t(context)}${t('punctuation.sentenceGap')}${sentence}` : sentence;
}
