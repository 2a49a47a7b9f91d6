import type { Clock } from '../at/at-clock';

/**
 * After-call-work countdown as a value: start, pause ("I need more time"), resume. durationMs 0 means
 * no auto-ready: the agent ends wrap-up by hand.
 */
export interface WrapUpTimer {
  readonly startedAt: number;
  readonly durationMs: number;
  readonly pausedAt: number | null;
  /** Time spent paused before the current pause, which does not count against the agent. */
  readonly pausedMs: number;
}

export function startWrapUp(now: number, seconds: number): WrapUpTimer {
  if (!Number.isInteger(seconds) || seconds < 0) throw new RangeError(`Wrap-up seconds must be a whole number ≥ 0, got ${seconds}`);
  return { startedAt: now, durationMs: seconds * 1000, pausedAt: null, pausedMs: 0 };
}

export function pauseWrapUp(timer: WrapUpTimer, now: number): WrapUpTimer {
  return timer.pausedAt === null ? { ...timer, pausedAt: now } : timer;
}

export function resumeWrapUp(timer: WrapUpTimer, now: number): WrapUpTimer {
  if (timer.pausedAt === null) return timer;
  return { ...timer, pausedAt: null, pausedMs: timer.pausedMs + Math.max(0, now - timer.pausedAt) };
}

/** When auto-ready fires; null while paused or when the campaign has no auto-ready. */
export function wrapUpDueAt(timer: WrapUpTimer): number | null {
  if (timer.durationMs === 0 || timer.pausedAt !== null) return null;
  return timer.startedAt + timer.pausedMs + timer.durationMs;
}

/** Milliseconds left for the countdown display (frozen while paused); null = no auto-ready. */
export function wrapUpRemainingMs(timer: WrapUpTimer, now: number): number | null {
  if (timer.durationMs === 0) return null;
  const at = timer.pausedAt ?? now;
  return Math.max(0, timer.startedAt + timer.pausedMs + timer.durationMs - at);
}

/**
 * Drives a WrapUpTimer on an injected clock and calls `onExpire` once when it runs out. The state
 * machine's wrapUpTimeout event is what onExpire should send.
 */
export class WrapUpCountdown {
  private timer: WrapUpTimer;
  private cancel: (() => void) | undefined;
  private finished = false;

  constructor(
    private readonly clock: Clock,
    seconds: number,
    private readonly onExpire: () => void,
  ) {
    this.timer = startWrapUp(clock.now(), seconds);
    this.schedule();
  }

  get state(): WrapUpTimer {
    return this.timer;
  }

  remainingMs(): number | null {
    return wrapUpRemainingMs(this.timer, this.clock.now());
  }

  pause(): void {
    this.timer = pauseWrapUp(this.timer, this.clock.now());
    this.schedule();
  }

  resume(): void {
    this.timer = resumeWrapUp(this.timer, this.clock.now());
    this.schedule();
  }

  /** Wrap-up ended by the agent: never fire. */
  stop(): void {
    this.finished = true;
    this.cancel?.();
  }

  private schedule(): void {
    this.cancel?.();
    this.cancel = undefined;
    const dueAt = wrapUpDueAt(this.timer);
    if (dueAt === null || this.finished) return;
    this.cancel = this.clock.setTimer(dueAt - this.clock.now(), () => {
      this.finished = true;
      this.onExpire();
    });
  }
}
