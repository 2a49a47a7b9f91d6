// Early-media tone listening without a browser: a fake AudioContext whose AnalyserNode shows the
// newest window of a synthesised signal at the context's clock, polled on fake timers that run late
// and irregularly. The listener must rebuild the contiguous stream and recognise the carrier tone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EarlyMediaTones, newestSamples } from '../../../../../renderer/src/telephony/early-media-tones';
import type { ToneDetection } from '../../../../../common/outcome';
import { cadence, synth, type Piece } from '../../../common/outcome/signals';

const RATE = 48_000;

class FakeContext {
  sampleRate = RATE;
  startMs = Date.now();
  constructor(private readonly signal: Float32Array) {}
  get currentTime(): number {
    return (Date.now() - this.startMs) / 1000;
  }
  resume(): Promise<void> {
    return Promise.resolve();
  }
  createAnalyser() {
    return {
      fftSize: 2048,
      getFloatTimeDomainData: (out: Float32Array) => {
        const end = Math.floor(this.currentTime * RATE);
        for (let i = 0; i < out.length; i++) out[i] = this.signal[end - out.length + i] ?? 0;
      },
    };
  }
  createMediaStreamSource() {
    return { connect: vi.fn(), disconnect: vi.fn() };
  }
}

function stream(withTrack: boolean) {
  const target = new EventTarget();
  let tracks = withTrack ? [{}] : [];
  return Object.assign(target, {
    getAudioTracks: () => tracks,
    addTrack: () => {
      tracks = [{}];
      target.dispatchEvent(new Event('addtrack'));
    },
  });
}

async function listen(pieces: Piece[], options: { late?: boolean; trackLater?: boolean } = {}): Promise<ToneDetection[]> {
  const signal = synth(pieces, RATE);
  const context = new FakeContext(signal);
  const remote = stream(!options.trackLater);
  const heard: ToneDetection[] = [];
  const tones = new EarlyMediaTones(context as unknown as AudioContext, remote as unknown as MediaStream, (d) => heard.push(d));
  if (options.trackLater) {
    await vi.advanceTimersByTimeAsync(300);
    context.startMs = Date.now(); // the far end's audio starts with its track
    remote.addTrack();
  }
  const totalMs = (signal.length / RATE) * 1000;
  if (options.late) {
    // the main thread is busy now and then: polls arrive 40 … 400 ms apart
    for (let t = 0, i = 0; t < totalMs; i++) {
      const step = [40, 400, 40, 250, 40, 40, 330][i % 7]!;
      vi.setSystemTime(Date.now() + step);
      await vi.advanceTimersByTimeAsync(0);
      t += step;
      await vi.advanceTimersToNextTimerAsync();
    }
  } else {
    await vi.advanceTimersByTimeAsync(totalMs);
  }
  tones.stop();
  return heard;
}

describe('EarlyMediaTones', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  it('newestSamples takes the tail of the window, bounded by the window', () => {
    const window = Float32Array.from([1, 2, 3, 4]);
    expect([...newestSamples(window, 2)]).toEqual([3, 4]);
    expect([...newestSamples(window, 9)]).toEqual([1, 2, 3, 4]);
    expect([...newestSamples(window, 0)]).toEqual([]);
    expect([...newestSamples(window, -3)]).toEqual([]);
  });

  it('hears a China busy tone (450 Hz, 350/350 ms) in early media', async () => {
    const heard = await listen([{ silenceMs: 200 }, ...cadence(450, 350, 350, 4)]);
    expect(heard.map((d) => d.kind)).toEqual(['busy']);
    // two cycles first (one burst could be anything); audio time, so no sample was read twice or lost:
    // 200 ms lead-in + on/off/on + 3/4 of the off period ≈ 1.5 s
    expect(heard[0]!.atMs).toBeGreaterThan(1400);
    expect(heard[0]!.atMs).toBeLessThan(1700);
  });

  it('still hears it when polls come late and irregularly', async () => {
    const heard = await listen([{ silenceMs: 100 }, ...cadence(450, 350, 350, 5)], { late: true });
    expect(heard.map((d) => d.kind)).toEqual(['busy']);
    expect(heard[0]!.atMs).toBeGreaterThan(1300);
    expect(heard[0]!.atMs).toBeLessThan(1600);
  });

  it('waits for the remote track when the 183 came first', async () => {
    const heard = await listen(cadence(450, 350, 350, 4), { trackLater: true });
    expect(heard.map((d) => d.kind)).toEqual(['busy']);
  });

  it('reports congestion and ringback by their cadence, and nothing for a steady tone', async () => {
    expect((await listen(cadence(450, 700, 700, 3))).map((d) => d.kind)).toEqual(['congestion']);
    expect((await listen([...cadence(450, 1000, 4000, 1), { hz: [450], ms: 200 }])).map((d) => d.kind)).toEqual(['ringback']);
    expect(await listen([{ hz: [1000], ms: 3000 }])).toEqual([]);
  });
});
