/**
 * Uplink pacing: microphone audio arrives in chunks of any size at the renderer's and the IPC's pace; the
 * modem wants one frame per 20 ms (what chan_dongle's 50 Hz timer writes). Each tick of the injected
 * clock hands exactly one `frameBytes` frame to `onFrame`:
 *
 * - a full frame of queued audio when there is one;
 * - the remainder padded with silence when the source fell short mid-stream (then it waits for a pre-roll
 *   again, so one late chunk does not become a click every frame);
 * - silence when there is nothing, or while filling the pre-roll (`prerollFrames` beyond the frame being
 *   sent, so a source whose chunks do not line up with the ticks is not cut at every tick);
 * - beyond `capMs` queued, the oldest whole frames are dropped and counted (latency stays bounded);
 * - ticks are on a fixed grid from `start()`: a timer that fires late catches up by sending the frames
 *   it owes, at most `maxCatchUp` of them; the rest are skipped and counted.
 *
 * Bytes are already in the modem's codec (`pcm-formats.ts`); `silence` is that codec's silence byte.
 * DLE shielding (`dle-codec.ts`) comes after pacing, since it changes the length.
 */
import type { Clock } from '../at/at-clock';

export interface FramePacerOptions {
  /** bytes per frame: 320 for 16-bit PCM at 8 kHz, 160 for 8-bit codecs */
  frameBytes?: number;
  frameMs?: number;
  /** most audio kept queued, ms (chan_dongle: 100, raised to 700 for bursty VoIP input) */
  capMs?: number;
  prerollFrames?: number;
  /** the fill byte for silence and padding */
  silence?: number;
  maxCatchUp?: number;
}

export interface FramePacerStats {
  /** queued audio, ms */
  bufferedMs: number;
  /** frames handed out, of any kind */
  frames: number;
  audioFrames: number;
  /** frames that were partly audio, padded with silence */
  paddedFrames: number;
  silentFrames: number;
  /** times the source ran short mid-stream */
  underruns: number;
  /** frames dropped beyond the cap */
  droppedFrames: number;
  /** ticks skipped after a timer came too late */
  skippedTicks: number;
}

const DEFAULTS: Required<FramePacerOptions> = { frameBytes: 320, frameMs: 20, capMs: 200, prerollFrames: 1, silence: 0, maxCatchUp: 5 };

export class FramePacer {
  private readonly options: Required<FramePacerOptions>;
  private readonly capBytes: number;
  private chunks: Uint8Array[] = [];
  /** bytes of chunks[0] already taken */
  private head = 0;
  private buffered = 0;
  private running = false;
  private startAt = 0;
  private ticks = 0;
  private cancel: (() => void) | null = null;
  private counters = { frames: 0, audioFrames: 0, paddedFrames: 0, silentFrames: 0, underruns: 0, droppedFrames: 0, skippedTicks: 0 };

  constructor(
    private readonly clock: Clock,
    private readonly onFrame: (frame: Uint8Array) => void,
    options: FramePacerOptions = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    const { frameBytes, frameMs, capMs, prerollFrames } = this.options;
    this.capBytes = Math.max(1 + prerollFrames, Math.floor(capMs / frameMs)) * frameBytes;
  }

  write(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.chunks.push(chunk.slice());
    this.buffered += chunk.length;
    const { frameBytes } = this.options;
    while (this.buffered > this.capBytes) {
      this.discard(frameBytes);
      this.counters.droppedFrames++;
    }
  }

  /** Starts the 20 ms grid now; the first frame goes out one frame from now. */
  start(): void {
    if (this.cancel) return;
    this.startAt = this.clock.now();
    this.ticks = 0;
    this.schedule();
  }

  /** Stops the ticks; queued audio is kept (clear() drops it). */
  stop(): void {
    this.cancel?.();
    this.cancel = null;
  }

  clear(): void {
    this.chunks = [];
    this.head = 0;
    this.buffered = 0;
    this.running = false;
  }

  stats(): FramePacerStats {
    return { bufferedMs: (this.buffered / this.options.frameBytes) * this.options.frameMs, ...this.counters };
  }

  private schedule(): void {
    const { frameMs } = this.options;
    const due = this.startAt + (this.ticks + 1) * frameMs;
    this.cancel = this.clock.setTimer(due - this.clock.now(), () => this.onTimer());
  }

  private onTimer(): void {
    const { frameMs, maxCatchUp } = this.options;
    let owed = Math.floor((this.clock.now() - this.startAt) / frameMs) - this.ticks;
    if (owed > maxCatchUp) {
      this.counters.skippedTicks += owed - maxCatchUp;
      this.ticks += owed - maxCatchUp;
      owed = maxCatchUp;
    }
    for (; owed > 0; owed--) {
      this.ticks++;
      this.tick();
      if (!this.cancel) return; // stopped by onFrame
    }
    this.schedule();
  }

  private tick(): void {
    const { frameBytes, prerollFrames, silence } = this.options;
    if (!this.running && this.buffered >= frameBytes * (1 + prerollFrames)) this.running = true;
    const frame = new Uint8Array(frameBytes).fill(silence);
    this.counters.frames++;
    if (!this.running) {
      this.counters.silentFrames++;
    } else if (this.buffered >= frameBytes) {
      this.take(frame, frameBytes);
      this.counters.audioFrames++;
    } else {
      this.running = false;
      this.counters.underruns++;
      if (this.buffered > 0) {
        this.take(frame, this.buffered);
        this.counters.paddedFrames++;
      } else {
        this.counters.silentFrames++;
      }
    }
    this.onFrame(frame);
  }

  /** Copies the oldest `count` queued bytes into `into` and removes them. */
  private take(into: Uint8Array, count: number): void {
    let n = 0;
    while (n < count) {
      const chunk = this.chunks[0] as Uint8Array;
      const part = Math.min(count - n, chunk.length - this.head);
      into.set(chunk.subarray(this.head, this.head + part), n);
      n += part;
      this.advance(part);
    }
  }

  private discard(count: number): void {
    let left = Math.min(count, this.buffered);
    while (left > 0) {
      const chunk = this.chunks[0] as Uint8Array;
      const part = Math.min(left, chunk.length - this.head);
      left -= part;
      this.advance(part);
    }
  }

  private advance(count: number): void {
    this.head += count;
    this.buffered -= count;
    if (this.head === (this.chunks[0] as Uint8Array).length) {
      this.chunks.shift();
      this.head = 0;
    }
  }
}
