import { describe, expect, it } from 'vitest';
import { JitterBuffer, type JitterBufferStats } from '../../../../common/voice/jitter-buffer';

const FRAME = 20;
/** a frame whose samples all carry its sequence number, so the test can tell which one played */
const frame = (seq: number) => new Int16Array(160).fill(seq + 1);

interface Run {
  buffer: JitterBuffer;
  /** stats after each pull, with the pull's time */
  trace: (JitterBufferStats & { at: number; played: number })[];
}

/**
 * Plays `durationMs` of 20 ms pulls at 0, 20, 40 …; frame i arrives at arrivals[i] (frames arriving at
 * or before a pull's time are pushed before it).
 */
function run(arrivals: number[], durationMs: number, buffer = new JitterBuffer()): Run {
  const trace: Run['trace'] = [];
  let next = 0;
  for (let at = 0; at <= durationMs; at += FRAME) {
    while (next < arrivals.length && (arrivals[next] as number) <= at) {
      buffer.push(frame(next), arrivals[next] as number);
      next++;
    }
    const played = buffer.pull(at)[0] as number;
    trace.push({ ...buffer.stats(), at, played });
  }
  return { buffer, trace };
}

const steady = (count: number, offset = 3) => Array.from({ length: count }, (_, i) => i * FRAME + offset);
/** USB delivery: frames held back and handed over together, a burst of `sizes[k]` frames at a time */
function bursts(sizes: number[], start = 0): number[] {
  const out: number[] = [];
  let seq = 0;
  for (const size of sizes) {
    const due = start + (seq + size - 1) * FRAME + 1; // when the burst's last frame is produced
    for (let i = 0; i < size; i++) out.push(due);
    seq += size;
  }
  return out;
}
/** deterministic sizes 4–8 */
function burstSizes(count: number, seed = 7): number[] {
  let x = seed;
  return Array.from({ length: count }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return 4 + (x % 5);
  });
}
const last = (r: Run) => r.trace.at(-1) as Run['trace'][number];

describe('jitter buffer', () => {
  it('steady arrivals: stays at the minimum depth, never runs dry, plays every frame in order', () => {
    const r = run(steady(500), 500 * FRAME);
    const s = last(r);
    expect(s).toMatchObject({ underruns: 0, overruns: 0, trimmed: 0, targetMs: 40, jitterMs: 0 });
    const played = r.trace.map((t) => t.played).filter((v) => v > 0);
    expect(played).toEqual(Array.from({ length: played.length }, (_, i) => i + 1));
    expect(Math.max(...r.trace.map((t) => t.depthMs))).toBeLessThanOrEqual(40);
    expect(s.framesOut).toBeGreaterThanOrEqual(497);
  });

  it('bursts of 8 frames every 160 ms: the target grows to the burst length and playout never runs dry', () => {
    const r = run(bursts(Array(60).fill(8)), 480 * FRAME);
    const s = last(r);
    expect(s.jitterMs).toBe(140);
    expect(s.targetMs).toBe(160);
    expect(s).toMatchObject({ underruns: 0, overruns: 0, trimmed: 0 });
    expect(Math.max(...r.trace.map((t) => t.depthMs))).toBeLessThanOrEqual(200);
  });

  it('bursts of 4–8 frames: runs dry only while learning (each time a longer gap than any before comes), then never', () => {
    const sizes = burstSizes(200);
    const total = sizes.reduce((a, b) => a + b, 0);
    const r = run(bursts(sizes), total * FRAME);
    const s = last(r);
    expect(s.jitterMs).toBe(140); // the longest burst, 8 frames
    expect(s.targetMs).toBe(160);
    expect(s.overruns).toBe(0);
    const learnt = r.trace.find((t) => t.at === 2000) as JitterBufferStats;
    expect(learnt.underruns).toBeGreaterThan(0);
    expect(learnt.underruns).toBeLessThanOrEqual(3); // 100, 120, 140 ms gaps seen for the first time
    expect(s.underruns).toBe(learnt.underruns);
    expect(Math.max(...r.trace.map((t) => t.depthMs))).toBeLessThanOrEqual(200);
  });

  it('a 300 ms stall: one underrun, the target jumps to the maximum, the backlog is trimmed, then the target shrinks slowly back', () => {
    // 2 s steady, frames 100–114 held back 300 ms and delivered at once, then steady for 20 s
    const arrivals = steady(1100).map((t, i) => (i >= 100 && i < 115 ? 115 * FRAME + 3 : t));
    const r = run(arrivals, 1100 * FRAME);
    const atStall = r.trace.find((t) => t.underruns > 0) as Run['trace'][number];
    expect(atStall.at).toBeGreaterThanOrEqual(100 * FRAME);
    expect(atStall.at).toBeLessThan(115 * FRAME);
    const afterBurst = r.trace.find((t) => t.at === 116 * FRAME) as Run['trace'][number];
    expect(afterBurst.targetMs).toBe(200); // spread 300 ms, clamped
    const s = last(r);
    expect(s).toMatchObject({ underruns: 1, overruns: 0 });
    expect(s.trimmed).toBeGreaterThan(0);
    // shrinking: never more than one frame per second, and back at the minimum by the end
    for (let i = 0; i < r.trace.length; i++) {
      const later = r.trace.find((t) => t.at >= (r.trace[i] as Run['trace'][number]).at + 1000);
      if (later) expect((r.trace[i] as JitterBufferStats).targetMs - later.targetMs).toBeLessThanOrEqual(2 * FRAME);
    }
    expect(s.targetMs).toBe(40);
    expect(s.depthMs).toBeLessThanOrEqual(60);
  });

  it('overrun: beyond the capacity the oldest frames are dropped and counted', () => {
    const buffer = new JitterBuffer({ capacityMs: 400 });
    for (let i = 0; i < 30; i++) buffer.push(frame(i), i * FRAME);
    expect(buffer.stats()).toMatchObject({ overruns: 10, depthMs: 400 });
    expect(buffer.pull(600)[0]).toBe(11); // frames 0–9 are gone
  });

  it('underrun: the last frame fades out once, then silence; one run dry counts once', () => {
    const buffer = new JitterBuffer();
    buffer.push(new Int16Array(160).fill(1000), 0);
    buffer.push(new Int16Array(160).fill(1000), 20);
    expect(buffer.pull(20)[0]).toBe(1000);
    expect(buffer.pull(40)[0]).toBe(1000);
    const fade = buffer.pull(60);
    expect(fade[0]).toBeLessThan(1000);
    expect(fade[0]).toBeGreaterThan(900);
    expect(fade[159]).toBe(0);
    for (let i = 0; i < 10; i++) expect(buffer.pull(80 + i * FRAME).every((v) => v === 0)).toBe(true);
    expect(buffer.stats()).toMatchObject({ underruns: 1, concealedFrames: 11, framesOut: 2 });
  });

  it('priming silence at the start is not counted as concealment', () => {
    const buffer = new JitterBuffer();
    expect(buffer.pull(0).every((v) => v === 0)).toBe(true);
    expect(buffer.stats()).toMatchObject({ underruns: 0, concealedFrames: 0 });
  });

  it('reset forgets the frames, the jitter and the counters', () => {
    const r = run(bursts(Array(10).fill(8)), 80 * FRAME);
    r.buffer.reset();
    expect(r.buffer.stats()).toEqual({ depthMs: 0, targetMs: 40, jitterMs: 0, underruns: 0, overruns: 0, trimmed: 0, concealedFrames: 0, framesIn: 0, framesOut: 0 });
  });

  it('refuses a minimum above the maximum', () => {
    expect(() => new JitterBuffer({ minDepthMs: 300, maxDepthMs: 200 })).toThrow(RangeError);
  });
});
