// Turns a failed call into one sentence the agent can act on, in the UI language.
import type { TFunction } from 'i18next';
import { IpcCallError } from '../platform/page-bridge';

const known = new Set(['INVALID_INPUT', 'NOT_FOUND', 'UNAVAILABLE', 'REFUSED', 'INTERNAL']);

/** "<what went wrong> <what to do next>" — main's own message is appended as detail (shown as text). */
export function errorText(t: TFunction, error: unknown, context?: string): string {
  const code = error instanceof IpcCallError && known.has(error.code) ? error.code : 'OTHER';
  const detail = error instanceof Error ? error.message : String(error);
  const lead = context ? `${t(context)} ` : '';
  return `${lead}${t(`contacts.errors.${code}`)} (${detail})`;
}
