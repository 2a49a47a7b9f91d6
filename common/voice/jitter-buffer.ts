/**
 * Adaptive jitter buffer for gateway audio on its way to the speaker: 20 ms frames arrive from the modem's
 * port at the USB's pace (steady, or 4–8 frames at once, or after a stall) and are pulled at the playout
 * pace.
 *
 * - Jitter: each frame's relative transit time (arrival − sequence × frame length) is kept for the last
 *   `jitterWindow` frames; their spread (max − min) is how early the buffer must start playing to never
 *   run dry. The target depth is that spread plus one frame, between `minDepthMs` and `maxDepthMs`.
 * - The target grows at once when the spread grows and shrinks slowly: at most one frame per
 *   `shrinkEveryMs` of arrivals, so a burst pattern that comes back every few seconds is not forgotten.
 * - Playout starts (and restarts after an underrun) once the depth reaches the target.
 * - Underrun (nothing to pull while playing): the first missing frame is the last frame faded linearly to
 *   zero, so there is no click; later ones are silence. Repeating the frame would buzz at 8 kHz, and this
 *   is narrow-band speech without any loss concealment worth the name. Each run dry counts once.
 * - Overrun (a push beyond `capacityMs`): the oldest frame is dropped and counted.
 * - Latency: if the depth never fell below target + one frame during `trimEveryMs` of playout (a
 *   backlog after a stall, the modem's clock running fast), one oldest frame is dropped and counted.
 *
 * Frames are 16-bit linear samples (`pcm-formats.ts` decodes the modem's codec first). Times are
 * milliseconds on any monotonic clock; nothing here reads a clock.
 */

export interface JitterBufferOptions {
  /** frame length, ms (20) */
  frameMs?: number;
  /** samples per frame, for the silence frames (160 = 20 ms at 8 kHz) */
  frameSamples?: number;
  minDepthMs?: number;
  maxDepthMs?: number;
  /** more than this queued and the oldest frame is dropped (overrun) */
  capacityMs?: number;
  /** frames over which the arrival jitter is measured */
  jitterWindow?: number;
  /** the target shrinks by at most one frame per this much arrival time */
  shrinkEveryMs?: number;
  /** a backlog is trimmed by at most one frame per this much playout time */
  trimEveryMs?: number;
}

export interface JitterBufferStats {
  /** queued audio, ms */
  depthMs: number;
  /** the depth playout starts at, ms */
  targetMs: number;
  /** the observed arrival spread over the jitter window, ms */
  jitterMs: number;
  /** times playout ran dry */
  underruns: number;
  /** frames dropped because the buffer was full */
  overruns: number;
  /** frames dropped to bring a backlog's latency down */
  trimmed: number;
  /** frames of fade-out or silence played instead of audio since playout first started */
  concealedFrames: number;
  framesIn: number;
  framesOut: number;
}

const DEFAULTS: Required<JitterBufferOptions> = {
  frameMs: 20,
  frameSamples: 160,
  minDepthMs: 40,
  maxDepthMs: 200,
  capacityMs: 400,
  jitterWindow: 100,
  shrinkEveryMs: 1000,
  trimEveryMs: 500,
};

export class JitterBuffer {
  private readonly options: Required<JitterBufferOptions>;
  private queue: Int16Array[] = [];
  private playing = false;
  private hasPlayed = false;
  private lastFrame: Int16Array | null = null;
  /** relative transit times of the last jitterWindow frames, a ring */
  private transits: number[] = [];
  private sequence = 0;
  private target: number;
  private jitter = 0;
  private lastShrinkAt: number | null = null;
  private trimWindowStart: number | null = null;
  private trimWindowMinDepth = Infinity;
  private counters = { underruns: 0, overruns: 0, trimmed: 0, concealedFrames: 0, framesIn: 0, framesOut: 0 };

  constructor(options: JitterBufferOptions = {}) {
    this.options = { ...DEFAULTS, ...options };
    if (this.options.minDepthMs > this.options.maxDepthMs || this.options.maxDepthMs > this.options.capacityMs) {
      throw new RangeError('jitter buffer: needs minDepthMs ≤ maxDepthMs ≤ capacityMs');
    }
    this.target = this.options.minDepthMs;
  }

  push(frame: Int16Array, arrivalMs: number): void {
    const { frameMs, capacityMs, jitterWindow } = this.options;
    this.counters.framesIn++;
    const transit = arrivalMs - this.sequence * frameMs;
    this.transits[this.sequence % jitterWindow] = transit;
    this.sequence++;
    this.adapt(arrivalMs);
    this.queue.push(frame);
    while (this.queue.length * frameMs > capacityMs) {
      this.queue.shift();
      this.counters.overruns++;
    }
  }

  /** The next frame to play at `nowMs`: audio, or fade-out/silence when there is none to play yet. */
  pull(nowMs: number): Int16Array {
    const { frameMs } = this.options;
    if (!this.playing && this.queue.length * frameMs >= this.target && this.queue.length > 0) {
      this.playing = true;
      this.hasPlayed = true;
      this.trimWindowStart = nowMs;
      this.trimWindowMinDepth = Infinity;
    }
    if (!this.playing) {
      if (this.hasPlayed) this.counters.concealedFrames++;
      return this.silence();
    }
    const frame = this.queue.shift();
    if (!frame) {
      this.playing = false;
      this.counters.underruns++;
      this.counters.concealedFrames++;
      return this.fadeOut();
    }
    this.trimBacklog(nowMs);
    this.lastFrame = frame;
    this.counters.framesOut++;
    return frame;
  }

  stats(): JitterBufferStats {
    return { depthMs: this.queue.length * this.options.frameMs, targetMs: this.target, jitterMs: this.jitter, ...this.counters };
  }

  /** Empties the buffer and forgets the jitter seen, for a new call. */
  reset(): void {
    this.queue = [];
    this.playing = false;
    this.hasPlayed = false;
    this.lastFrame = null;
    this.transits = [];
    this.sequence = 0;
    this.target = this.options.minDepthMs;
    this.jitter = 0;
    this.lastShrinkAt = null;
    this.trimWindowStart = null;
    this.counters = { underruns: 0, overruns: 0, trimmed: 0, concealedFrames: 0, framesIn: 0, framesOut: 0 };
  }

  private adapt(arrivalMs: number): void {
    const { frameMs, minDepthMs, maxDepthMs, shrinkEveryMs } = this.options;
    let min = Infinity;
    let max = -Infinity;
    for (const t of this.transits) {
      if (t < min) min = t;
      if (t > max) max = t;
    }
    this.jitter = max - min;
    const wanted = Math.min(maxDepthMs, Math.max(minDepthMs, Math.ceil(this.jitter / frameMs) * frameMs + frameMs));
    if (wanted >= this.target) {
      if (wanted > this.target) this.lastShrinkAt = arrivalMs;
      this.target = wanted;
      this.lastShrinkAt ??= arrivalMs;
    } else if (this.lastShrinkAt === null || arrivalMs - this.lastShrinkAt >= shrinkEveryMs) {
      this.target = Math.max(wanted, this.target - frameMs);
      this.lastShrinkAt = arrivalMs;
    }
  }

  /** Called at each audio pull while playing, with the depth before that pull's frame left. */
  private trimBacklog(nowMs: number): void {
    const { frameMs, trimEveryMs } = this.options;
    const depthBefore = (this.queue.length + 1) * frameMs;
    this.trimWindowMinDepth = Math.min(this.trimWindowMinDepth, depthBefore);
    if (this.trimWindowStart === null) this.trimWindowStart = nowMs;
    if (nowMs - this.trimWindowStart < trimEveryMs) return;
    if (this.trimWindowMinDepth > this.target + frameMs && this.queue.length > 0) {
      this.queue.shift();
      this.counters.trimmed++;
    }
    this.trimWindowStart = nowMs;
    this.trimWindowMinDepth = Infinity;
  }

  private silence(): Int16Array {
    return new Int16Array(this.lastFrame?.length ?? this.options.frameSamples);
  }

  private fadeOut(): Int16Array {
    const last = this.lastFrame;
    if (!last) return this.silence();
    const out = Int16Array.from(last, (sample, i) => Math.round(sample * (1 - (i + 1) / last.length)));
    this.lastFrame = new Int16Array(last.length); // a further concealed frame is silence
    return out;
  }
}
