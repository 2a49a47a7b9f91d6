// The store's typed failures in the IPC vocabulary, for every handler that calls the store.
import { DomainError, type IpcErrorCode } from '../../../common/ipc/result';
import { StoreError } from '../store/store-errors';

const codes: Record<string, IpcErrorCode> = { notFound: 'NOT_FOUND', badInput: 'INVALID_INPUT', internal: 'INTERNAL' };

/** Runs a store call; a missing row becomes NOT_FOUND, bad input INVALID_INPUT, anything else INTERNAL. */
export async function viaCrm<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof StoreError) throw new DomainError(codes[error.code] ?? 'INTERNAL', error.message, error.reason);
    throw error;
  }
}
