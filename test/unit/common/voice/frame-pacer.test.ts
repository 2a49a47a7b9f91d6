import { describe, expect, it } from 'vitest';
import { VirtualClock, type Clock } from '../../../../common/at/at-clock';
import { FramePacer, type FramePacerOptions } from '../../../../common/voice/frame-pacer';

/** A clock whose timers fire only when time jumps, all at the jump's end: a stalled event loop. */
class LateClock implements Clock {
  private current = 0;
  private timers: { at: number; fn: () => void }[] = [];
  now(): number {
    return this.current;
  }
  setTimer(ms: number, fn: () => void): () => void {
    const timer = { at: this.current + ms, fn };
    this.timers.push(timer);
    return () => (this.timers = this.timers.filter((t) => t !== timer));
  }
  jump(ms: number): void {
    this.current += ms;
    const due = this.timers.filter((t) => t.at <= this.current);
    this.timers = this.timers.filter((t) => t.at > this.current);
    for (const t of due) t.fn();
  }
}

/** bytes 1, 2, 3 … (never 0, the silence byte) so the test sees exactly which audio went out */
const audio = (from: number, count: number) => Uint8Array.from({ length: count }, (_, i) => ((from + i) % 255) + 1);

function rig(options: FramePacerOptions = {}, clock: Clock = new VirtualClock()) {
  const frames: { at: number; frame: Uint8Array }[] = [];
  const pacer = new FramePacer(clock, (frame) => frames.push({ at: clock.now(), frame }), options);
  /** the audio bytes that went out, silence taken out */
  const sent = () => frames.flatMap((f) => [...f.frame].filter((b) => b !== 0));
  return { clock, pacer, frames, sent };
}

describe('frame pacer', () => {
  it('steady 320-byte writes: one 320-byte frame per 20 ms, every byte in order, nothing padded', () => {
    const { clock, pacer, frames, sent } = rig();
    const virtual = clock as VirtualClock;
    pacer.start();
    let written = 0;
    for (let t = 0; t < 2000; t += 20) {
      pacer.write(audio(written, 320));
      written += 320;
      virtual.advance(20);
    }
    expect(frames.length).toBe(100);
    expect(frames.every((f, i) => f.frame.length === 320 && f.at === (i + 1) * 20)).toBe(true);
    expect(pacer.stats()).toMatchObject({ frames: 100, audioFrames: 99, silentFrames: 1, paddedFrames: 0, underruns: 0, droppedFrames: 0 });
    expect(sent()).toEqual([...audio(0, 99 * 320)]);
  });

  it.each([
    ['odd chunks of 107 bytes every ~6.7 ms', 107, (k: number) => Math.floor((k * 107 * 20) / 320)],
    ['bursts of 960 bytes every 60 ms', 960, (k: number) => k * 60],
    ['128-sample worklet quanta after resampling (42 bytes)', 42, (k: number) => Math.floor((k * 42 * 20) / 320)],
  ])('%s: whole frames, the audio unchanged and in order, no padding after the pre-roll', (_name, size, when) => {
    const { clock, pacer, frames, sent } = rig();
    const virtual = clock as VirtualClock;
    pacer.start();
    let k = 0;
    let written = 0;
    while (virtual.now() < 3000) {
      while (when(k) <= virtual.now()) {
        pacer.write(audio(written, size));
        written += size;
        k++;
      }
      virtual.advance(1);
    }
    expect(frames.every((f) => f.frame.length === 320)).toBe(true);
    expect(frames.length).toBe(150);
    const s = pacer.stats();
    expect(s).toMatchObject({ paddedFrames: 0, underruns: 0, droppedFrames: 0 });
    expect(s.silentFrames).toBeLessThanOrEqual(3);
    expect(sent()).toEqual([...audio(0, s.audioFrames * 320)]);
  });

  it('short: a source that stops mid-frame gets its remainder padded with silence, then silence', () => {
    const { clock, pacer, frames } = rig();
    pacer.write(audio(0, 700));
    pacer.start();
    (clock as VirtualClock).advance(100);
    expect(frames.map((f) => f.frame.filter((b) => b !== 0).length)).toEqual([320, 320, 60, 0, 0]);
    expect(frames[2]?.frame.subarray(60).every((b) => b === 0)).toBe(true);
    expect(pacer.stats()).toMatchObject({ audioFrames: 2, paddedFrames: 1, silentFrames: 2, underruns: 1 });
  });

  it('pads with the codec silence byte (µ-law 0xFF, 160-byte frames)', () => {
    const { clock, pacer, frames } = rig({ frameBytes: 160, silence: 0xff });
    pacer.start();
    (clock as VirtualClock).advance(20);
    expect(frames[0]?.frame).toEqual(new Uint8Array(160).fill(0xff));
  });

  it('beyond the cap the oldest whole frames are dropped and counted', () => {
    const { clock, pacer, frames } = rig({ capMs: 200 });
    for (let i = 0; i < 20; i++) pacer.write(new Uint8Array(320).fill(i + 1));
    expect(pacer.stats()).toMatchObject({ droppedFrames: 10, bufferedMs: 200 });
    pacer.start();
    (clock as VirtualClock).advance(20);
    expect(frames[0]?.frame[0]).toBe(11);
  });

  it('a late timer catches up on the grid, at most maxCatchUp frames; the rest are skipped and counted', () => {
    const { clock, pacer, frames } = rig({ maxCatchUp: 5 }, new LateClock());
    const late = clock as LateClock;
    pacer.start();
    late.jump(100); // 5 ticks owed
    expect(frames.length).toBe(5);
    late.jump(200); // 10 owed: 5 sent, 5 skipped
    expect(frames.length).toBe(10);
    expect(pacer.stats().skippedTicks).toBe(5);
    late.jump(20); // back on the grid
    expect(frames.length).toBe(11);
  });

  it('stop ends the ticks (also from inside onFrame)', () => {
    const clock = new VirtualClock();
    let count = 0;
    const pacer: FramePacer = new FramePacer(clock, () => {
      if (++count === 3) pacer.stop();
    });
    pacer.start();
    clock.advance(1000);
    expect(count).toBe(3);
    expect(clock.pendingTimers()).toBe(0);
  });
});
