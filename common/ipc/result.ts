// What crosses IPC is always a value, never a thrown error: Electron keeps only `message` of an error
// thrown through ipcMain.handle, and the WebSocket harness keeps nothing at all.
import type { FailureReason } from './failure-reason';

export type IpcErrorCode =
  | 'INVALID_SENDER'
  | 'INVALID_INPUT'
  | 'UNKNOWN_CHANNEL'
  | 'NOT_FOUND'
  | 'UNAVAILABLE'
  | 'REFUSED'
  | 'INTERNAL';

/** One validation problem as it crosses IPC: enough for the page to say it in its language (common/validation). */
export interface IpcIssue {
  code: string;
  path: (string | number)[];
  message?: string;
  origin?: string;
  minimum?: number;
  maximum?: number;
  expected?: string;
  format?: string;
}

export interface IpcError {
  code: IpcErrorCode;
  /** English, for logs and developers; the page shows its own sentence for the code (and the issues) */
  message: string;
  /** INVALID_INPUT: what was wrong, field by field */
  issues?: IpcIssue[];
  /** why, as a key the page says in its language with the next step (common/ipc/failure-reason.ts) */
  reason?: FailureReason;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });
export const fail = (code: IpcErrorCode, message: string, issues?: IpcIssue[], reason?: FailureReason): IpcResult<never> => ({
  ok: false,
  error: { code, message, ...(issues ? { issues } : {}), ...(reason ? { reason } : {}) },
});

/** A zod issue reduced to plain JSON (no input values: they may be secrets or huge). */
export function toIpcIssue(issue: { readonly code: string; readonly path: readonly PropertyKey[]; readonly message?: string }): IpcIssue {
  const extra = issue as unknown as Record<string, unknown>;
  const pick = <K extends 'origin' | 'expected' | 'format'>(k: K) => (typeof extra[k] === 'string' ? { [k]: extra[k] as string } : {});
  const num = <K extends 'minimum' | 'maximum'>(k: K) => (typeof extra[k] === 'number' || typeof extra[k] === 'bigint' ? { [k]: Number(extra[k]) } : {});
  return {
    code: issue.code,
    path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
    ...(issue.message?.startsWith('@') ? { message: issue.message } : {}),
    ...pick('origin'), ...pick('expected'), ...pick('format'), ...num('minimum'), ...num('maximum'),
  };
}

/** Thrown by a handler to answer with a specific code (and the reason the page says); anything else becomes INTERNAL. */
export class DomainError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    readonly reason?: FailureReason,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
