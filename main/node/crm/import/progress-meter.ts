import type { ImportCounts, ImportProgress } from '../../../../common/crm';

/** Throttled progress events with rows/s and an ETA from the share of the file read so far. */
export class ProgressMeter {
  private readonly started = Date.now();
  private lastEmit = 0;

  constructor(
    private readonly jobId: number,
    private readonly listener: ((progress: ImportProgress) => void) | undefined,
    private readonly intervalMs = 250,
  ) {}

  /** Called per committed batch. */
  update(counts: ImportCounts, fraction: number | null): void {
    if (!this.listener) return;
    const now = Date.now();
    if (now - this.lastEmit >= this.intervalMs) this.emit(now, counts, fraction);
  }

  flush(counts: ImportCounts, fraction: number | null): void {
    if (this.listener) this.emit(Date.now(), counts, fraction);
  }

  private emit(now: number, counts: ImportCounts, fraction: number | null): void {
    this.lastEmit = now;
    const elapsed = Math.max(1, now - this.started);
    const etaMs = fraction && fraction > 0 ? Math.round((elapsed / fraction) * (1 - fraction)) : null;
    this.listener?.({ jobId: this.jobId, ...counts, rowsPerSecond: Math.round((counts.rows * 1000) / elapsed), fraction, etaMs });
  }
}
