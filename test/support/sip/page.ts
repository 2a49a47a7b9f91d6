// Browser side of the SIP lab: one agent per page, running the real PhoneEngine. Its microphone
// is a pure sine so the far end can prove by FFT what it hears. Node drives it via window.lab.
import { PhoneEngine, type EngineSnapshot } from '../../../renderer/src/telephony';
import type { AutoAnswerPolicy } from '../../../common/sip/auto-answer';
import type { BackoffOptions } from '../../../common/sip/reconnect-backoff';
import type { RecordingPolicy } from '../../../renderer/src/telephony/engine-types';
import { startCarrier, type CarrierScript } from './carrier-far-end';

export interface LabStartOptions {
  readonly user: string;
  readonly toneHz: number;
  readonly server: string;
  readonly domain: string;
  readonly autoAnswer?: AutoAnswerPolicy;
  readonly recording?: RecordingPolicy;
  readonly dtmfMode?: 'rfc4733' | 'info';
  readonly backoff?: BackoffOptions;
}

const context = new AudioContext();
let engine: PhoneEngine | undefined;
/** What the "microphone" plays; changing it and re-selecting a device proves replaceTrack. */
let toneHz = 0;
const recordings: Array<{ callId: string; bytes: number; type: string }> = [];
const marks = new Map<string, number>();

function toneMicrophone(): Promise<MediaStream> {
  const oscillator = context.createOscillator();
  oscillator.frequency.value = toneHz;
  const gain = context.createGain();
  gain.gain.value = 0.5;
  const destination = context.createMediaStreamDestination();
  oscillator.connect(gain).connect(destination);
  oscillator.start();
  return context.resume().then(() => destination.stream);
}

function pc(callId: string): RTCPeerConnection {
  const connection = engine?.peerConnection(callId);
  if (connection === undefined) throw new Error(`call ${callId} has no peer connection`);
  return connection;
}

let carrier: Awaited<ReturnType<typeof startCarrier>> | undefined;

const lab = {
  /** Makes this page a carrier far end instead of an agent (see carrier-far-end.ts). */
  async startCarrier(script: CarrierScript): Promise<void> {
    carrier = await startCarrier(script);
  },
  carrierLog(): { invites: number; cancelled: number; events: string[] } {
    if (carrier === undefined) throw new Error('lab.startCarrier() first');
    return { invites: carrier.invites, cancelled: carrier.cancelled, events: [...carrier.events] };
  },
  async start(options: LabStartOptions): Promise<void> {
    toneHz = options.toneHz;
    engine = new PhoneEngine({
      openMicrophone: toneMicrophone,
      autoAnswer: options.autoAnswer ?? { mode: 'off' },
      recording: options.recording ?? 'off',
      onRecording: (blob, callId) => recordings.push({ callId, bytes: blob.size, type: blob.type }),
      ...(options.backoff === undefined ? {} : { backoff: options.backoff }),
    });
    engine.subscribe((snapshot) => {
      // timestamps for the benchmark: first time each call reached each state
      for (const call of snapshot.calls) {
        const key = `${call.id}:${call.state}`;
        if (!marks.has(key)) marks.set(key, performance.now());
      }
    });
    engine.addAccount({ id: options.user, server: options.server, user: options.user, domain: options.domain, dtmfMode: options.dtmfMode ?? 'rfc4733' });
    await engine.register(options.user);
  },
  get engine(): PhoneEngine {
    if (engine === undefined) throw new Error('lab.start() first');
    return engine;
  },
  snapshot(): EngineSnapshot {
    return lab.engine.snapshot();
  },
  recordings,
  /** performance.now() at which call `callId` first entered `state`. */
  markOf(callId: string, state: string): number | undefined {
    return marks.get(`${callId}:${state}`);
  },
  now: () => performance.now(),
  /** Bytes of audio received so far on the call. */
  async inboundBytes(callId: string): Promise<number> {
    let bytes = 0;
    (await pc(callId).getStats()).forEach((report: { type: string; kind?: string; bytesReceived?: number }) => {
      if (report.type === 'inbound-rtp' && report.kind === 'audio') bytes += report.bytesReceived ?? 0;
    });
    return bytes;
  },
  /** Polls getStats until the first audio packet arrives; returns performance.now() of detection. */
  async firstPacketAt(callId: string, timeoutMs = 5000): Promise<number> {
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline) {
      if ((await lab.inboundBytes(callId).catch(() => 0)) > 0) return performance.now();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error('no audio packet arrived');
  },
  /** Loudest frequency of what the far end sends, by FFT of the received track. */
  async peakFrequency(callId: string): Promise<{ hz: number; db: number }> {
    await context.resume();
    const track = pc(callId).getReceivers().find((r) => r.track.kind === 'audio')?.track;
    if (track === undefined) throw new Error('no remote audio track');
    const source = context.createMediaStreamSource(new MediaStream([track]));
    const analyser = context.createAnalyser();
    analyser.fftSize = 4096;
    source.connect(analyser);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const bins = new Float32Array(analyser.frequencyBinCount);
    analyser.getFloatFrequencyData(bins);
    source.disconnect();
    let best = 1;
    for (let i = 1; i < bins.length; i++) if ((bins[i] ?? -Infinity) > (bins[best] ?? -Infinity)) best = i;
    return { hz: Math.round((best * context.sampleRate) / analyser.fftSize), db: Math.round(bins[best] ?? -Infinity) };
  },
  setTone(hz: number): void {
    toneHz = hz;
  },
  /** Level in dB of the far end's audio at each of `frequencies` (Hz), by FFT. */
  async levelsAt(callId: string, frequencies: readonly number[]): Promise<number[]> {
    const track = pc(callId).getReceivers().find((r) => r.track.kind === 'audio')?.track;
    if (track === undefined) throw new Error('no remote audio track');
    await context.resume();
    const source = context.createMediaStreamSource(new MediaStream([track]));
    const analyser = context.createAnalyser();
    analyser.fftSize = 4096;
    source.connect(analyser);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const bins = new Float32Array(analyser.frequencyBinCount);
    analyser.getFloatFrequencyData(bins);
    source.disconnect();
    const binOf = (hz: number): number => Math.round((hz * analyser.fftSize) / context.sampleRate);
    // strongest bin within ±2 of the expected one, since the codec may shift the tone slightly
    return frequencies.map((hz) => Math.round(Math.max(...[-2, -1, 0, 1, 2].map((d) => bins[binOf(hz) + d] ?? -Infinity))));
  },
  /** Sends RFC 4733 DTMF through the engine and reports what RTCDTMFSender actually played. */
  async playRfc4733(callId: string, tones: string): Promise<string> {
    const sender = pc(callId).getSenders().find((s) => s.dtmf !== null);
    if (sender?.dtmf == null) throw new Error('no DTMF sender');
    const dtmf = sender.dtmf;
    const played: string[] = [];
    const finished = new Promise<void>((resolve) => {
      dtmf.ontonechange = (event) => (event.tone === '' ? resolve() : void played.push(event.tone));
    });
    await lab.engine.sendDtmf(callId, tones, 'rfc4733');
    await Promise.race([finished, new Promise((resolve) => setTimeout(resolve, 5000))]);
    return played.join('');
  },
  negotiatedTelephoneEvent(callId: string): boolean {
    return /telephone-event/.test(pc(callId).remoteDescription?.sdp ?? '');
  },
};

declare global {
  interface Window {
    lab: typeof lab;
  }
}
window.lab = lab;
