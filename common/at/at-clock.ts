/** Time source injected into the AT engine so tests and replays can run on virtual time. */
export interface Clock {
  now(): number;
  /** Runs fn once after ms; returns a function that cancels it. */
  setTimer(ms: number, fn: () => void): () => void;
}

/**
 * A clock that only moves when told to. Replays and tests use it to treat `gapMs` as elapsed time
 * without waiting.
 */
export class VirtualClock implements Clock {
  private current = 0;
  private nextId = 0;
  private readonly timers = new Map<number, { at: number; fn: () => void }>();

  now(): number {
    return this.current;
  }

  setTimer(ms: number, fn: () => void): () => void {
    const id = this.nextId++;
    this.timers.set(id, { at: this.current + Math.max(0, ms), fn });
    return () => this.timers.delete(id);
  }

  /** Advances time, firing due timers in time order (timers set by timers fire too if due). */
  advance(ms: number): void {
    const target = this.current + Math.max(0, ms);
    for (;;) {
      let dueId: number | undefined;
      let dueAt = Infinity;
      for (const [id, t] of this.timers) {
        if (t.at <= target && t.at < dueAt) {
          dueAt = t.at;
          dueId = id;
        }
      }
      if (dueId === undefined) break;
      const timer = this.timers.get(dueId);
      this.timers.delete(dueId);
      this.current = dueAt;
      timer?.fn();
    }
    this.current = target;
  }

  pendingTimers(): number {
    return this.timers.size;
  }
}
