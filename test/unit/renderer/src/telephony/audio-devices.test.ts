// Device fallback without a browser: a fake MediaDevices whose device list we control.
import { describe, expect, it, vi } from 'vitest';
import { AudioDevices } from '../../../../../renderer/src/telephony/audio-devices';

function fakeMediaDevices(initial: Array<{ kind: MediaDeviceKind; deviceId: string }>) {
  let devices = initial;
  const target = new EventTarget();
  const media = Object.assign(target, {
    enumerateDevices: () => Promise.resolve(devices as MediaDeviceInfo[]),
    getUserMedia: vi.fn((constraints: MediaStreamConstraints) => Promise.resolve(constraints as unknown as MediaStream)),
  });
  const unplug = (id: string): void => {
    devices = devices.filter((d) => d.deviceId !== id);
    target.dispatchEvent(new Event('devicechange'));
  };
  return { media: media as unknown as MediaDevices & { getUserMedia: typeof media.getUserMedia }, unplug };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('AudioDevices', () => {
  const list: Array<{ kind: MediaDeviceKind; deviceId: string }> = [
    { kind: 'audioinput', deviceId: 'headset-mic' },
    { kind: 'audiooutput', deviceId: 'headset' },
    { kind: 'audiooutput', deviceId: 'desk-speaker' },
  ];

  it('opens the chosen microphone exactly, with echo cancellation', async () => {
    const { media } = fakeMediaDevices(list);
    const devices = new AudioDevices(media, () => undefined);
    devices.selected.microphoneId = 'headset-mic';
    await devices.openMicrophone();
    expect(media.getUserMedia).toHaveBeenCalledWith({
      audio: { deviceId: { exact: 'headset-mic' }, echoCancellation: true, noiseSuppression: true },
      video: false,
    });
  });

  it('falls back to the default for every selection whose device was unplugged', async () => {
    const { media, unplug } = fakeMediaDevices(list);
    const onFallback = vi.fn();
    const devices = new AudioDevices(media, onFallback);
    Object.assign(devices.selected, { microphoneId: 'headset-mic', speakerId: 'headset', ringerIds: ['headset', 'desk-speaker'] });
    unplug('headset');
    await flush();
    expect(devices.selected).toEqual({ microphoneId: 'headset-mic', speakerId: undefined, ringerIds: ['desk-speaker'] });
    expect(onFallback).toHaveBeenCalledWith({ microphone: false, speaker: true, ringers: true });
  });

  it('stays quiet when an unrelated device changes, and stops listening after dispose', async () => {
    const { media, unplug } = fakeMediaDevices(list);
    const onFallback = vi.fn();
    const devices = new AudioDevices(media, onFallback);
    devices.selected.speakerId = 'headset';
    unplug('desk-speaker');
    await flush();
    devices.dispose();
    unplug('headset');
    await flush();
    expect(onFallback).not.toHaveBeenCalled();
    expect(devices.selected.speakerId).toBe('headset');
  });
});
