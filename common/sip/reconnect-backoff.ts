// Capped exponential backoff with jitter for re-connecting the SIP WebSocket forever.
// The cap keeps "server is back" → "registered again" under 5 s; jitter spreads a call
// centre's worth of agents so they do not all hit a restarted proxy in the same instant.

export interface BackoffOptions {
  readonly initialMs: number;
  readonly maxMs: number;
  /** 0..1: the delay is drawn from [delay·(1−jitter), delay]. */
  readonly jitter: number;
}

export const defaultBackoff: BackoffOptions = { initialMs: 250, maxMs: 3000, jitter: 0.3 };

/** Delay before reconnect attempt number `attempt` (0-based). `random` returns [0,1). */
export function reconnectDelay(attempt: number, options: BackoffOptions = defaultBackoff, random: () => number = Math.random): number {
  if (!Number.isInteger(attempt) || attempt < 0) throw new RangeError(`attempt must be a non-negative integer, got ${attempt}`);
  const ceiling = Math.min(options.maxMs, options.initialMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling * (1 - options.jitter * random()));
}
