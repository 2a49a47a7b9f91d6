// Plays one call's far-end audio on the chosen speaker. Chrome also needs the remote stream
// attached to a media element before WebAudio (recording, conference, meters) hears it.

type SinkableAudio = HTMLAudioElement & { setSinkId?: (id: string) => Promise<void> };

export class CallAudio {
  private readonly element: SinkableAudio = new Audio();

  constructor(private speakerId: string | undefined) {
    this.element.autoplay = true;
  }

  play(remote: MediaStream): void {
    this.element.srcObject = remote;
    void this.applySink().then(() => this.element.play().catch(() => undefined));
  }

  async setSpeaker(speakerId: string | undefined): Promise<void> {
    this.speakerId = speakerId;
    await this.applySink();
  }

  stop(): void {
    this.element.pause();
    this.element.srcObject = null;
  }

  private async applySink(): Promise<void> {
    // '' is the system default output
    await this.element.setSinkId?.(this.speakerId ?? '').catch(() => this.element.setSinkId?.(''));
  }
}
