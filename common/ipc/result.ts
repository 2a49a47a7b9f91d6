// What crosses IPC is always a value, never a thrown error: Electron keeps only `message` of an error
// thrown through ipcMain.handle, and the WebSocket harness keeps nothing at all.

export type IpcErrorCode =
  | 'INVALID_SENDER'
  | 'INVALID_INPUT'
  | 'UNKNOWN_CHANNEL'
  | 'NOT_FOUND'
  | 'UNAVAILABLE'
  | 'REFUSED'
  | 'INTERNAL';

export interface IpcError {
  code: IpcErrorCode;
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });
export const fail = (code: IpcErrorCode, message: string): IpcResult<never> => ({ ok: false, error: { code, message } });

/** Thrown by a handler to answer with a specific code; anything else becomes INTERNAL. */
export class DomainError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
