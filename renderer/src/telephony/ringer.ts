// Rings every chosen ringer output at once (e.g. headset and desk speaker) while a call alerts.

type SinkableAudio = HTMLAudioElement & { setSinkId?: (id: string) => Promise<void> };

export class Ringer {
  private playing: SinkableAudio[] = [];

  constructor(private readonly ringtoneUrl: string | undefined) {}

  get ringing(): boolean {
    return this.playing.length > 0;
  }

  start(outputIds: readonly string[]): void {
    if (this.ringtoneUrl === undefined || this.ringing) return;
    for (const id of outputIds.length === 0 ? [''] : outputIds) {
      const element: SinkableAudio = new Audio(this.ringtoneUrl);
      element.loop = true;
      void (element.setSinkId?.(id) ?? Promise.resolve()).catch(() => undefined).then(() => element.play().catch(() => undefined));
      this.playing.push(element);
    }
  }

  stop(): void {
    for (const element of this.playing) element.pause();
    this.playing = [];
  }
}
