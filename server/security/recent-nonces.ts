// The nonces of the signature window, in memory: SQLite's replay refusal (see migration 0005).
// Two generations, each `windowMs` long: a nonce is remembered for at least windowMs after it was
// seen, then dropped wholesale, so expiry costs nothing per request. A request is accepted while
// its timestamp is within MAX_CLOCK_SKEW_MS of the server clock, so windowMs = NONCE_MEMORY_MS (2 × that)
// covers every moment a replay could still pass the timestamp check. Memory is bounded by the traffic of two
// windows, which the per-key rate limit bounds in turn (6,000/min a key → at most 120,000 a key).

export interface RecentNonces {
  /** true the first time (keyId, nonce) is seen within the window, false on a replay */
  claim(keyId: string, nonce: string, now: number): boolean;
  readonly size: number;
}

export function recentNonces(windowMs: number, seen: Iterable<{ key_id: string; nonce: string }>, now: number): RecentNonces {
  let current = new Set<string>();
  let previous = new Set<string>();
  let currentSince = now; // journal rows given at start-up are kept for a whole window from now
  const keyOf = (keyId: string, nonce: string) => `${keyId}\n${nonce}`; // header values never hold \n
  for (const row of seen) current.add(keyOf(row.key_id, row.nonce));
  return {
    claim(keyId, nonce, at) {
      if (at - currentSince >= windowMs) {
        previous = at - currentSince >= 2 * windowMs ? new Set() : current;
        current = new Set();
        currentSince = at;
      }
      const key = keyOf(keyId, nonce);
      if (current.has(key) || previous.has(key)) return false;
      current.add(key);
      return true;
    },
    get size() {
      return current.size + previous.size;
    },
  };
}
