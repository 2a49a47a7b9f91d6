// Records both directions of one call, mixed to a single track, with MediaRecorder.

export type RecordingHook = (recording: Blob, callId: string) => void;

export class CallRecorder {
  private readonly recorder: MediaRecorder;
  private readonly chunks: Blob[] = [];
  private readonly sources: MediaStreamAudioSourceNode[];

  constructor(
    context: AudioContext,
    private readonly callId: string,
    local: MediaStream,
    remote: MediaStream,
    private readonly hook: RecordingHook,
  ) {
    const destination = context.createMediaStreamDestination();
    this.sources = [local, remote].map((stream) => context.createMediaStreamSource(stream));
    for (const source of this.sources) source.connect(destination);
    this.recorder = new MediaRecorder(destination.stream, { mimeType: 'audio/webm;codecs=opus' });
    this.recorder.ondataavailable = (event) => {
      if (event.data.size > 0) this.chunks.push(event.data);
    };
    this.recorder.onstop = () => {
      for (const source of this.sources) source.disconnect();
      this.hook(new Blob(this.chunks, { type: this.recorder.mimeType }), this.callId);
    };
    this.recorder.start(1000);
  }

  stop(): void {
    if (this.recorder.state !== 'inactive') this.recorder.stop();
  }
}
