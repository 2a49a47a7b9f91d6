import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LevelMeter } from '../../telephony/level-meter';
import { errorText } from '../../ui-shared/error-text';

// A live level meter for the chosen microphone, so an installer sees the headset mic works.
export function MicrophoneMeter({ deviceId, onPermission }: { deviceId: string; onPermission(): void }) {
  const { t } = useTranslation();
  const [running, setRunning] = useState(false);
  const [level, setLevel] = useState(0);
  const [error, setError] = useState<string>();
  const stop = useRef<() => void>(undefined);

  useEffect(() => () => stop.current?.(), []);

  const start = async () => {
    setError(undefined);
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: deviceId === 'default' ? true : { deviceId: { exact: deviceId } }, video: false });
      onPermission(); // labels become readable once access is granted
      const context = new AudioContext();
      const meter = new LevelMeter(context, stream.getAudioTracks()[0]!);
      let frame = 0;
      const tick = () => {
        setLevel(meter.level());
        frame = requestAnimationFrame(tick);
      };
      tick();
      stop.current = () => {
        cancelAnimationFrame(frame);
        meter.dispose();
        stream.getTracks().forEach((tr) => tr.stop());
        void context.close();
        setRunning(false);
        setLevel(0);
      };
      setRunning(true);
    } catch (e) {
      setError(t('audio.micFailed', { message: errorText(t, e) }));
    }
  };

  return (
    <div className="meter-row">
      <button type="button" onClick={() => (running ? stop.current?.() : void start())} data-testid="mic-test">
        {running ? t('audio.stopTest') : t('audio.testMic')}
      </button>
      <meter min={0} max={1} value={Math.min(1, level * 4)} aria-label={t('audio.level')} data-testid="mic-level" />
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
    </div>
  );
}
