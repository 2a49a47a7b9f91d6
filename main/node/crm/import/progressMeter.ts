import type { ImportCounts, ImportProgress } from '../../../../common/crm';

/** Throttled progress events with rows/s and an ETA from the share of the file read so far. */
export class ProgressMeter {
  private readonly started = Date.now();
  private lastEmit = 0;

  constructor(
    private readonly jobId: number,
    private readonly counts: ImportCounts,
    private readonly fraction: () => number | null,
    private readonly listener: ((progress: ImportProgress) => void) | undefined,
    private readonly intervalMs = 250,
  ) {}

  tick(): void {
    if (!this.listener || (this.counts.rows & 255) !== 0) return; // cheap check most rows
    const now = Date.now();
    if (now - this.lastEmit >= this.intervalMs) this.emit(now);
  }

  flush(): void {
    if (this.listener) this.emit(Date.now());
  }

  private emit(now: number): void {
    this.lastEmit = now;
    const elapsed = Math.max(1, now - this.started);
    const fraction = this.fraction();
    const etaMs = fraction && fraction > 0 ? Math.round((elapsed / fraction) * (1 - fraction)) : null;
    this.listener?.({ jobId: this.jobId, ...this.counts, rowsPerSecond: Math.round((this.counts.rows * 1000) / elapsed), fraction, etaMs });
  }
}
