import { useTranslation } from 'react-i18next';
import { useApp } from '../../ui-shared/app-store';
import { MicrophoneMeter } from './microphone-meter';
import { useAudioDevices } from './use-audio-devices';
import { useSaveSettings } from './use-save-settings';

// Microphone, speaker and ringer outputs (several: e.g. the headset and the desk speaker both ring).
export function AudioSection() {
  const { t } = useTranslation();
  const audio = useApp((s) => s.settings?.audio);
  const [{ inputs, outputs }, refresh] = useAudioDevices();
  const { save, error } = useSaveSettings();
  if (!audio) return null;
  // before the device list is read (no permission yet) nothing counts as missing
  const missing = (id: string, devices: readonly MediaDeviceInfo[]) => id !== 'default' && devices.length > 0 && !devices.some((d) => d.deviceId === id);
  const label = (d: MediaDeviceInfo, i: number) => d.label || `${t('audio.device')} ${i + 1}`;
  const toggleRinger = (id: string, on: boolean) => {
    const next = on ? [...new Set([...audio.ringerIds, id])] : audio.ringerIds.filter((r) => r !== id);
    void save({ audio: { ringerIds: next.length ? next : ['default'] } });
  };

  return (
    <>
      <h2>{t('audio.title')}</h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <label className="field">
        <span>{t('audio.microphone')}</span>
        <select value={audio.microphoneId} onChange={(e) => void save({ audio: { microphoneId: e.target.value } })} data-testid="audio-microphone">
          <option value="default">{t('audio.systemDefault')}</option>
          {/* chosen before but not plugged in now: the select says so rather than showing another device */}
          {missing(audio.microphoneId, inputs) && (
            <option value={audio.microphoneId} data-testid="microphone-missing">
              {t('audio.inputNotConnected')}
            </option>
          )}
          {inputs.filter((d) => d.deviceId !== 'default').map((d, i) => (
            <option key={d.deviceId} value={d.deviceId} translate="no">
              {label(d, i)}
            </option>
          ))}
        </select>
      </label>
      <MicrophoneMeter deviceId={audio.microphoneId} onPermission={() => void refresh()} />
      <label className="field">
        <span>{t('audio.speaker')}</span>
        <select value={audio.speakerId} onChange={(e) => void save({ audio: { speakerId: e.target.value } })} data-testid="audio-speaker">
          <option value="default">{t('audio.systemDefault')}</option>
          {missing(audio.speakerId, outputs) && (
            <option value={audio.speakerId} data-testid="speaker-missing">
              {t('audio.notConnected')}
            </option>
          )}
          {outputs.filter((d) => d.deviceId !== 'default').map((d, i) => (
            <option key={d.deviceId} value={d.deviceId} translate="no">
              {label(d, i)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="field">
        <legend>{t('audio.ringers')}</legend>
        {[{ deviceId: 'default', label: t('audio.systemDefault') } as MediaDeviceInfo, ...outputs.filter((d) => d.deviceId !== 'default')].map((d, i) => (
          <label key={d.deviceId} className="checkbox">
            <input type="checkbox" checked={audio.ringerIds.includes(d.deviceId)} onChange={(e) => toggleRinger(d.deviceId, e.target.checked)} />
            <span translate={d.deviceId === 'default' ? undefined : 'no'}>{d.deviceId === 'default' ? d.label : label(d, i)}</span>
          </label>
        ))}
        {/* chosen before but not plugged in now: shown so the agent can see why it stays silent and untick it */}
        {audio.ringerIds.filter((id) => id !== 'default' && !outputs.some((d) => d.deviceId === id)).map((id) => (
          <label key={id} className="checkbox" data-testid="ringer-missing">
            <input type="checkbox" checked onChange={(e) => toggleRinger(id, e.target.checked)} />
            {t('audio.notConnected')}
          </label>
        ))}
      </fieldset>
    </>
  );
}
