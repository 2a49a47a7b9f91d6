import type { Clock } from './at-clock';

/** A reboot shows as a burst (RDY, +CFUN: 1, +CPIN: READY, SMS DONE) over a second or two. */
export const RESTART_SETTLE_MS = 1_500;

/**
 * Turns a burst of boot signs into one re-initialisation, started once the burst has been quiet for
 * RESTART_SETTLE_MS, and ignores signs that arrive while that re-initialisation runs (its own queries
 * make the module repeat some of them).
 */
export class RestartDebounce {
  private cancel: (() => void) | null = null;
  private running = false;

  constructor(
    private readonly clock: Clock,
    private readonly reinitialise: (reason: string) => Promise<unknown>,
    private readonly settleMs = RESTART_SETTLE_MS,
  ) {}

  signal(reason: string): void {
    if (this.running) return;
    this.cancel?.();
    this.cancel = this.clock.setTimer(this.settleMs, () => {
      this.cancel = null;
      this.running = true;
      // A failed re-initialisation is reported to whoever owns the line (onRestart); here it only ends the run.
      void this.reinitialise(reason)
        .catch(() => undefined)
        .finally(() => {
          this.running = false;
        });
    });
  }

  stop(): void {
    this.cancel?.();
    this.cancel = null;
  }
}
