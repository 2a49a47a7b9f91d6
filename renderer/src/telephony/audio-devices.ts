// Which microphone, speaker and ringer outputs the agent chose, and falling back to the system
// default when a chosen device disappears (headset unplugged) instead of failing the call.

export interface AudioDeviceLists {
  readonly microphones: readonly MediaDeviceInfo[];
  readonly speakers: readonly MediaDeviceInfo[];
}

export interface SelectedDevices {
  microphoneId: string | undefined;
  speakerId: string | undefined;
  ringerIds: string[];
}

export class AudioDevices {
  readonly selected: SelectedDevices = { microphoneId: undefined, speakerId: undefined, ringerIds: [] };
  private readonly onDeviceChange = (): void => void this.dropMissing();

  /** `onFallback` hears which selections were reset because their device vanished. */
  constructor(
    private readonly mediaDevices: MediaDevices,
    private readonly onFallback: (changed: { microphone: boolean; speaker: boolean; ringers: boolean }) => void,
  ) {
    mediaDevices.addEventListener('devicechange', this.onDeviceChange);
  }

  async list(): Promise<AudioDeviceLists> {
    const devices = await this.mediaDevices.enumerateDevices();
    return {
      microphones: devices.filter((d) => d.kind === 'audioinput'),
      speakers: devices.filter((d) => d.kind === 'audiooutput'),
    };
  }

  openMicrophone(): Promise<MediaStream> {
    const id = this.selected.microphoneId;
    return this.mediaDevices.getUserMedia({
      audio: { ...(id === undefined ? {} : { deviceId: { exact: id } }), echoCancellation: true, noiseSuppression: true },
      video: false,
    });
  }

  dispose(): void {
    this.mediaDevices.removeEventListener('devicechange', this.onDeviceChange);
  }

  private async dropMissing(): Promise<void> {
    const { microphones, speakers } = await this.list();
    const present = (list: readonly MediaDeviceInfo[], id: string | undefined): boolean =>
      id === undefined || list.some((d) => d.deviceId === id);
    const microphone = !present(microphones, this.selected.microphoneId);
    const speaker = !present(speakers, this.selected.speakerId);
    const ringerIds = this.selected.ringerIds.filter((id) => present(speakers, id));
    const ringers = ringerIds.length !== this.selected.ringerIds.length;
    if (microphone) this.selected.microphoneId = undefined;
    if (speaker) this.selected.speakerId = undefined;
    if (ringers) this.selected.ringerIds = ringerIds;
    if (microphone || speaker || ringers) this.onFallback({ microphone, speaker, ringers });
  }
}
