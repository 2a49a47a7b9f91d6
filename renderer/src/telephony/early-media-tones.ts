// Listens to an outbound call's early media (the far end's audio before it answers) for carrier tones:
// busy, congestion, SIT, ringback. No AudioWorklet (the CSP allows no blob:/eval module loading):
// an AnalyserNode always holds the newest samples and the context clock says how many are new since
// the last poll, so polling yields a contiguous stream as long as a poll comes within the window.
import { CHINA_TONES, ToneDetector, type ToneDetection, type ToneProfile } from '../../../common/outcome';

/** ~0.68 s at 48 kHz: a poll may be that late (a busy main thread, a throttled timer) without losing audio. */
const WINDOW = 32768;
const POLL_MS = 40;

/** The last `fresh` samples of the analyser's window (all of it when more are new than it holds). */
export function newestSamples(window: Float32Array, fresh: number): Float32Array {
  const count = Math.min(Math.max(0, Math.floor(fresh)), window.length);
  return window.subarray(window.length - count);
}

export class EarlyMediaTones {
  private source: MediaStreamAudioSourceNode | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private samplesRead = 0;
  private startedAt = 0;
  private stopped = false;
  private readonly onAddTrack = (): void => this.attach();

  constructor(
    private readonly context: AudioContext,
    private readonly stream: MediaStream,
    private readonly onTone: (detection: ToneDetection) => void,
    private readonly profile: ToneProfile = CHINA_TONES,
  ) {
    // the remote track may arrive after the 183 was handled
    if (stream.getAudioTracks().length > 0) this.attach();
    else stream.addEventListener('addtrack', this.onAddTrack);
  }

  stop(): void {
    this.stopped = true;
    this.stream.removeEventListener('addtrack', this.onAddTrack);
    clearInterval(this.timer);
    this.source?.disconnect();
    this.source = undefined;
  }

  private attach(): void {
    if (this.stopped || this.source !== undefined) return;
    this.stream.removeEventListener('addtrack', this.onAddTrack);
    const { context } = this;
    void context.resume().catch(() => undefined);
    const detector = new ToneDetector(context.sampleRate, this.profile);
    const analyser = context.createAnalyser();
    analyser.fftSize = WINDOW;
    const window = new Float32Array(analyser.fftSize);
    this.source = context.createMediaStreamSource(this.stream);
    this.source.connect(analyser);
    this.startedAt = context.currentTime;
    this.timer = setInterval(() => {
      const due = Math.floor((context.currentTime - this.startedAt) * context.sampleRate);
      const fresh = due - this.samplesRead;
      if (fresh <= 0) return;
      this.samplesRead = due;
      analyser.getFloatTimeDomainData(window);
      for (const detection of detector.feed(newestSamples(window, fresh))) this.onTone(detection);
    }, POLL_MS);
  }
}
