// Local 3-way conference: each far end hears the agent mixed with the other far end, and the
// agent hears both (each call keeps playing on its own element). Done by swapping each call's
// outgoing track for a WebAudio mix with RTCRtpSender.replaceTrack — no re-INVITE needed.

interface Leg {
  readonly sender: RTCRtpSender;
  readonly microphone: MediaStreamTrack;
  readonly remote: MediaStream;
}

export class ConferenceMixer {
  private readonly nodes: AudioNode[] = [];

  constructor(
    private readonly context: AudioContext,
    private readonly legs: readonly [Leg, Leg],
  ) {}

  async start(): Promise<void> {
    const [a, b] = this.legs;
    await this.context.resume();
    await a.sender.replaceTrack(this.mix(a.microphone, b.remote));
    await b.sender.replaceTrack(this.mix(b.microphone, a.remote));
  }

  /** Gives each call its own microphone back. */
  async stop(): Promise<void> {
    for (const leg of this.legs) await leg.sender.replaceTrack(leg.microphone);
    for (const node of this.nodes) node.disconnect();
    this.nodes.length = 0;
  }

  private mix(microphone: MediaStreamTrack, otherRemote: MediaStream): MediaStreamTrack {
    const destination = this.context.createMediaStreamDestination();
    const mic = this.context.createMediaStreamSource(new MediaStream([microphone]));
    const far = this.context.createMediaStreamSource(otherRemote);
    mic.connect(destination);
    far.connect(destination);
    this.nodes.push(mic, far);
    const [track] = destination.stream.getAudioTracks();
    if (track === undefined) throw new Error('WebAudio produced no track for the conference mix');
    return track;
  }
}
