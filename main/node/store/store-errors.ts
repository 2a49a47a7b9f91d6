// The store's failures: what handlers throw inside the worker (NotFoundError, the bad-input errors), the
// code each becomes on the way back (errorCode), and what the client rejects with (StoreError).
import { ZodError } from 'zod';
import type { FailureReason } from '../../../common/ipc/failure-reason';
import type { FailureDetails } from './worker-failure';

/** The message is English for the log; `reason` is what the page says, in its language, with the next step. */
abstract class ExplainedError extends Error {
  constructor(message: string, readonly reason?: FailureReason) {
    super(message);
  }
}

export class NotFoundError extends ExplainedError {
  override readonly name = 'NotFoundError';
}

/** A request the user can correct, refused before anything changes (answered as bad input). */
export class BadInputError extends ExplainedError {
  override readonly name = 'BadInputError';
}

/** Bad input the user can fix (missing file, unreadable encoding, no phone column): said by its reason, never a stack trace. */
export class ImportInputError extends ExplainedError {
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

/** What a store call rejects with: the worker's error code, message and the reason the page says. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  /** For a failure inside a worker: its name, message, stack, code and exit code. */
  readonly details: FailureDetails | undefined;
  constructor(readonly code: ErrorCode, message: string, details?: FailureDetails, readonly reason: FailureReason | undefined = details?.reason) {
    super(message);
    this.details = details;
  }
}
