// The CRM worker's typed failures in the IPC vocabulary, for every handler that calls the CRM.
import { DomainError, type IpcErrorCode } from '../../../common/ipc/result';
import { CrmError } from '../crm/service/CrmClient';

const codes: Record<string, IpcErrorCode> = { notFound: 'NOT_FOUND', badInput: 'INVALID_INPUT', internal: 'INTERNAL' };

/** Runs a CRM call; a missing row becomes NOT_FOUND, bad input INVALID_INPUT, anything else INTERNAL. */
export async function viaCrm<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof CrmError) throw new DomainError(codes[error.code] ?? 'INTERNAL', error.message);
    throw error;
  }
}
