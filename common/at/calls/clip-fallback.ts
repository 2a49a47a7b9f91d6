import type { Clock } from '../at-clock';

/** If no caller number is known this long after the first RING, ask AT+CLCC (sms_forwarding PR #21). */
export const CLIP_FALLBACK_MS = 3_000;

/**
 * Some modules never send +CLIP. The first RING of a call arms one AT+CLCC query; a number arriving in
 * time (+CLIP, +CLCC URC) cancels it. Later RINGs of the same call neither re-arm nor postpone it, so a
 * module ringing every 2 s still gets its query 3 s after the first RING.
 */
export class ClipFallback {
  private cancel: (() => void) | null = null;
  /** The number is known or the query was made: nothing more to do for this call. */
  private settled = false;

  constructor(
    private readonly clock: Clock,
    private readonly queryCalls: () => void,
    private readonly delayMs = CLIP_FALLBACK_MS,
  ) {}

  ring(): void {
    if (this.settled || this.cancel) return;
    this.cancel = this.clock.setTimer(this.delayMs, () => {
      this.cancel = null;
      this.settled = true;
      this.queryCalls();
    });
  }

  numberKnown(): void {
    this.stopTimer();
    this.settled = true;
  }

  /** The call ended (or the port went away): the next RING is a new call. */
  reset(): void {
    this.stopTimer();
    this.settled = false;
  }

  private stopTimer(): void {
    this.cancel?.();
    this.cancel = null;
  }
}
