import { useEffect, useState } from 'react';

export interface AudioDeviceLists {
  inputs: MediaDeviceInfo[];
  outputs: MediaDeviceInfo[];
}

/** The machine's audio devices, refreshed when a headset is plugged in or out. */
export function useAudioDevices(): [AudioDeviceLists, () => Promise<void>] {
  const [lists, setLists] = useState<AudioDeviceLists>({ inputs: [], outputs: [] });
  const refresh = async () => {
    const all = await navigator.mediaDevices.enumerateDevices();
    setLists({ inputs: all.filter((d) => d.kind === 'audioinput'), outputs: all.filter((d) => d.kind === 'audiooutput') });
  };
  useEffect(() => {
    void refresh();
    navigator.mediaDevices.addEventListener('devicechange', refresh);
    return () => navigator.mediaDevices.removeEventListener('devicechange', refresh);
  }, []);
  return [lists, refresh];
}
