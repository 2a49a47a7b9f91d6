// A binding ends at its absolute deadline, or `releaseAfterCallSeconds` after its last call ended,
// whichever comes first; never while a call is up. Everything is derived from stored times, so a
// restarted server computes the same deadline and no timer is lost.

export interface ExpiryState {
  /** absolute deadline, epoch ms */
  expiresAt: number;
  releaseAfterCallSeconds: number | null;
  activeCalls: number;
  /** epoch ms, null until a call has ended */
  lastCallEndedAt: number | null;
}

export function effectiveExpiry(s: ExpiryState): number {
  if (s.activeCalls > 0 || s.releaseAfterCallSeconds === null || s.lastCallEndedAt === null) return s.expiresAt;
  return Math.min(s.expiresAt, s.lastCallEndedAt + s.releaseAfterCallSeconds * 1000);
}
