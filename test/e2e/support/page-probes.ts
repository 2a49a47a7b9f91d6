// Instruments a harness page from the outside (init scripts), never from the app: remote WebRTC audio
// tracks collected for an FFT, desktop notifications and media-element play/pause/setSinkId recorded.
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __probe: {
      remoteAudio: MediaStreamTrack[];
      notifications: Array<{ title: string; body: string; tag: string }>;
      media: Array<{ id: number; event: 'play' | 'pause' | 'setSinkId'; src: string; loop: boolean; sinkId?: string }>;
    };
  }
}

/** Runs in the page before the app: wraps RTCPeerConnection, Notification and HTMLMediaElement. */
function install(options: { unfocused: boolean }): void {
  const probe: Window['__probe'] = { remoteAudio: [], notifications: [], media: [] };
  window.__probe = probe;

  const Original = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends Original {
    constructor(configuration?: RTCConfiguration) {
      super(configuration);
      this.addEventListener('track', (event) => {
        if (event.track.kind === 'audio') probe.remoteAudio.push(event.track);
      });
    }
  };

  if (typeof Notification !== 'undefined') {
    const OriginalNotification = window.Notification;
    const Watched = function (this: unknown, title: string, init?: NotificationOptions) {
      probe.notifications.push({ title, body: init?.body ?? '', tag: init?.tag ?? '' });
      return new OriginalNotification(title, init);
    } as unknown as typeof Notification;
    Object.defineProperty(Watched, 'permission', { get: () => OriginalNotification.permission });
    Watched.requestPermission = OriginalNotification.requestPermission.bind(OriginalNotification);
    window.Notification = Watched;
  }
  // the agent is busy in another window: the app only notifies when it is not in front
  if (options.unfocused) document.hasFocus = () => false;

  const ids = new WeakMap<HTMLMediaElement, number>();
  let nextId = 1;
  const idOf = (element: HTMLMediaElement): number => {
    if (!ids.has(element)) ids.set(element, nextId++);
    return ids.get(element)!;
  };
  const record = (element: HTMLMediaElement, event: 'play' | 'pause' | 'setSinkId', sinkId?: string) =>
    probe.media.push({ id: idOf(element), event, src: element.src, loop: element.loop, ...(sinkId === undefined ? {} : { sinkId }) });
  const proto = HTMLMediaElement.prototype as HTMLMediaElement & { setSinkId(id: string): Promise<void> };
  const { play, pause, setSinkId } = proto;
  proto.play = function (this: HTMLMediaElement) {
    record(this, 'play');
    return play.call(this);
  };
  proto.pause = function (this: HTMLMediaElement) {
    record(this, 'pause');
    return pause.call(this);
  };
  proto.setSinkId = function (this: HTMLMediaElement, id: string) {
    record(this, 'setSinkId', id);
    return setSinkId.call(this, id);
  };
}

export async function instrument(page: Page, options: { unfocused?: boolean } = {}): Promise<void> {
  await page.addInitScript(install, { unfocused: options.unfocused ?? false });
}

/** FFT of the newest live remote audio track: the loudest frequency and the level at each of `hz`. */
export function hear(page: Page, hz: readonly number[]): Promise<{ peakHz: number; levels: number[] }> {
  return page.evaluate(async (frequencies) => {
    const track = [...window.__probe.remoteAudio].reverse().find((t) => t.readyState === 'live');
    if (track === undefined) throw new Error('no live remote audio track');
    const context = new AudioContext();
    await context.resume();
    const source = context.createMediaStreamSource(new MediaStream([track]));
    const analyser = context.createAnalyser();
    analyser.fftSize = 4096;
    source.connect(analyser);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const bins = new Float32Array(analyser.frequencyBinCount);
    analyser.getFloatFrequencyData(bins);
    source.disconnect();
    await context.close();
    let best = 1;
    for (let i = 1; i < bins.length; i++) if (bins[i]! > bins[best]!) best = i;
    const binOf = (f: number): number => Math.round((f * analyser.fftSize) / context.sampleRate);
    // strongest bin within ±2 of the expected one: the codec may shift a tone slightly
    const level = (f: number): number => Math.max(...[-2, -1, 0, 1, 2].map((d) => bins[binOf(f) + d] ?? -Infinity));
    return { peakHz: Math.round((best * context.sampleRate) / analyser.fftSize), levels: frequencies.map((f) => Math.round(Math.max(level(f), -200))) };
  }, hz);
}

export function probeOf(page: Page): Promise<{ notifications: Window['__probe']['notifications']; media: Window['__probe']['media'] }> {
  return page.evaluate(() => ({ notifications: [...window.__probe.notifications], media: [...window.__probe.media] }));
}
