import { describe, expect, it, vi } from 'vitest';
import { VirtualClock } from '../../../../common/at/at-clock';
import {
  WrapUpCountdown,
  pauseWrapUp,
  resumeWrapUp,
  startWrapUp,
  wrapUpDueAt,
  wrapUpRemainingMs,
} from '../../../../common/campaign/wrap-up-timer';

describe('wrap-up timer value', () => {
  it.each([
    ['running', startWrapUp(1_000, 30), 11_000, 20_000, 31_000],
    ['paused at 10 s: frozen, no due time', pauseWrapUp(startWrapUp(0, 30), 10_000), 50_000, 20_000, null],
    ['paused 10–25 s: 15 s added', resumeWrapUp(pauseWrapUp(startWrapUp(0, 30), 10_000), 25_000), 30_000, 15_000, 45_000],
    ['no auto-ready (0 s)', startWrapUp(0, 0), 99_000, null, null],
    ['overdue reads 0', startWrapUp(0, 5), 60_000, 0, 5_000],
  ])('%s', (_name, timer, now, remaining, dueAt) => {
    expect(wrapUpRemainingMs(timer, now)).toBe(remaining);
    expect(wrapUpDueAt(timer)).toBe(dueAt);
  });

  it('pausing twice or resuming when running changes nothing', () => {
    const paused = pauseWrapUp(startWrapUp(0, 30), 5_000);
    expect(pauseWrapUp(paused, 9_000)).toBe(paused);
    const running = startWrapUp(0, 30);
    expect(resumeWrapUp(running, 9_000)).toBe(running);
  });

  it.each([-1, 1.5, Number.NaN])('rejects %s seconds', (seconds) => {
    expect(() => startWrapUp(0, seconds)).toThrow(RangeError);
  });
});

describe('WrapUpCountdown on an injected clock', () => {
  it('auto-readies after N seconds, once', () => {
    const clock = new VirtualClock();
    const onExpire = vi.fn();
    new WrapUpCountdown(clock, 30, onExpire);
    clock.advance(29_999);
    expect(onExpire).not.toHaveBeenCalled();
    clock.advance(1);
    clock.advance(60_000);
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it('does not fire while paused, and the pause is added on resume', () => {
    const clock = new VirtualClock();
    const onExpire = vi.fn();
    const countdown = new WrapUpCountdown(clock, 30, onExpire);
    clock.advance(10_000);
    countdown.pause();
    clock.advance(120_000);
    expect(onExpire).not.toHaveBeenCalled();
    expect(countdown.remainingMs()).toBe(20_000);
    countdown.resume();
    clock.advance(19_999);
    expect(onExpire).not.toHaveBeenCalled();
    clock.advance(1);
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it('never fires after stop, nor with 0 s (manual wrap-up)', () => {
    const clock = new VirtualClock();
    const onExpire = vi.fn();
    new WrapUpCountdown(clock, 30, onExpire).stop();
    new WrapUpCountdown(clock, 0, onExpire);
    clock.advance(3_600_000);
    expect(onExpire).not.toHaveBeenCalled();
    expect(clock.pendingTimers()).toBe(0);
  });
});
