// The store's failures: what handlers throw inside the worker (NotFoundError, the bad-input errors), the
// code each becomes on the way back (errorCode), and what the client rejects with (StoreError).
import { ZodError } from 'zod';
import type { FailureDetails } from './worker-failure';

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/** A request the user can correct, refused before anything changes (answered as bad input, message shown as-is). */
export class BadInputError extends Error {
  override readonly name = 'BadInputError';
}

/** Bad input the user can fix (missing file, unreadable encoding, no phone column): shown as-is, never a stack trace. */
export class ImportInputError extends Error {
  override readonly name = 'ImportInputError';
}

/** Bad campaign input the agent can fix; the worker maps it to badInput like the CRM's own input errors. */
export class CampaignInputError extends ImportInputError {}

export type ErrorCode = 'notFound' | 'badInput' | 'internal';

export function errorCode(error: unknown): ErrorCode {
  if (error instanceof NotFoundError) return 'notFound';
  if (error instanceof ImportInputError || error instanceof BadInputError || error instanceof ZodError) return 'badInput';
  return 'internal';
}

/** What a store call rejects with: the worker's error code and message. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  /** For a failure inside a worker: its name, message, stack, code and exit code. */
  readonly details: FailureDetails | undefined;
  constructor(readonly code: ErrorCode, message: string, details?: FailureDetails) {
    super(message);
    this.details = details;
  }
}
