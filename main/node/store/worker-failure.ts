import { inspect } from 'node:util';
import { asFailureReason, type FailureReason } from '../../../common/ipc/failure-reason';

/** A failure made readable: never an empty message, and the name, stack and code it came with. */
export interface FailureDetails {
  name: string;
  message: string;
  stack?: string;
  /** SQLite's (SQLITE_BUSY…) or Node's (ERR_…) code, when there is one. */
  code?: string;
  /** Set when a worker thread ended. */
  exitCode?: number;
  /** What the page says about it (an ImportInputError's reason), when it has one. */
  reason?: FailureReason;
}

/**
 * Anything thrown or emitted as a failure. A worker's uncaught error crosses the thread boundary as
 * a clone, and only built-in Errors keep their message there: better-sqlite3's SqliteError arrives
 * as `{ code: 'SQLITE_ERROR' }`, a thrown string as a string, `throw undefined` as undefined.
 */
export function describeFailure(value: unknown): FailureDetails {
  if (typeof value === 'object' && value !== null) {
    const { name, message, stack, code, reason } = value as Record<string, unknown>;
    const details: FailureDetails = {
      name: typeof name === 'string' && name ? name : value instanceof Error ? 'Error' : (value.constructor?.name ?? 'Object'),
      message: typeof message === 'string' && message ? message : '',
    };
    if (typeof code === 'string' || typeof code === 'number') details.code = String(code);
    if (typeof stack === 'string') details.stack = stack;
    const said = asFailureReason(reason);
    if (said) details.reason = said;
    if (!details.message) {
      details.message = typeof message === 'string' || value instanceof Error
        ? `${details.name} without a message${details.code ? ` (${details.code})` : ''}`
        : `a non-Error value was thrown: ${inspect(value, { depth: 2, breakLength: Infinity })}`;
    }
    return details;
  }
  if (typeof value === 'string' && value) return { name: 'string', message: value };
  return { name: typeof value, message: `a non-Error value was thrown: ${inspect(value)}` };
}

/** "what: Name: message", the name left out when the message already starts with it. */
export function failureMessage(what: string, details: FailureDetails): string {
  // a specific error class says something ("SqliteError: …"); Error, WorkerFailure or "string" would not
  const telling = /(Error|Exception)$/.test(details.name) && details.name !== 'Error' && !details.message.startsWith(details.name);
  const named = telling ? `${details.name}: ${details.message}` : details.message;
  const exit = details.exitCode === undefined ? '' : ` (exit code ${details.exitCode})`;
  return `${what}${exit}: ${named}`;
}

/** An Error for a worker thread that failed or ended early, keeping the remote stack and the original value. */
export class WorkerFailure extends Error {
  override readonly name = 'WorkerFailure';
  constructor(what: string, readonly details: FailureDetails, cause?: unknown) {
    super(failureMessage(what, details), { cause });
    if (details.stack) this.stack = `${this.stack}\n  in the worker: ${details.stack}`;
  }
}

/**
 * A worker that ended without its result: `failed` holds what it emitted as 'error' (the event
 * comes just before 'exit'), absent when it simply exited.
 */
export function workerExit(what: string, exitCode: number, failed?: { error: unknown }): WorkerFailure {
  if (!failed) return new WorkerFailure(what, { name: 'WorkerExit', message: 'the worker ended before sending a result', exitCode });
  return new WorkerFailure(what, { ...describeFailure(failed.error), exitCode }, failed.error);
}

/**
 * For a worker's fatal error: a plain Error keeps name, message, stack and code when Node clones it
 * to the parent, where a SqliteError would arrive as `{ code }` alone.
 */
export function cloneableError(error: unknown): Error {
  const details = describeFailure(error);
  return Object.assign(new Error(details.message), details);
}
