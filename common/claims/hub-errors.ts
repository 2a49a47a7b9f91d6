// When a call to the hub fails, does the desk claim locally (and reconcile later) or is it a bug to
// surface? An agent must not stop working because the hub is down; a request the hub calls malformed
// would only fail again at reconcile, so that one is an error now.

export type HubFailure =
  /** network error, timeout, 5xx, rate limit: claim locally, mark pending, probe with backoff */
  | 'unreachable'
  /** the hub answers but refuses us (bad key, no claims module): same as unreachable, logged as an error */
  | 'misconfigured'
  /** the hub says our request is malformed: raise it, claim nothing */
  | 'bad-request';

/** `status` is the HTTP status when the hub answered, undefined when no answer came. */
export function classifyHubFailure(status: number | undefined): HubFailure {
  if (status === undefined || status >= 500 || status === 429 || status === 408) return 'unreachable';
  if (status === 400 || status === 413 || status === 415 || status === 422) return 'bad-request';
  return 'misconfigured';
}

export interface ProbeBackoff {
  initialMs: number;
  maxMs: number;
  jitter: number;
}

/** Hubs restart in seconds; a call centre of desks must not hammer one that is coming back. */
export const PROBE_BACKOFF: ProbeBackoff = { initialMs: 1_000, maxMs: 60_000, jitter: 0.3 };
