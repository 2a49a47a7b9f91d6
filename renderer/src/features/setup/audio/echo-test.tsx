import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Confirm } from '../parts/confirm';
import { errorSentence } from '../../../ui-shared/error-text';
import { record } from '../parts/wizard-store';
import { playRecording, recordMicrophone } from './tone';

const RECORD_MS = 3000;

// Records three seconds from the microphone and plays them back on the speaker: both ends in one test.
export function EchoTest({ microphoneId, speakerId }: { microphoneId: string; speakerId: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'recording' | 'playing' | 'played'>('idle');
  const run = async () => {
    record('audio.echo', 'untested');
    try {
      setState('recording');
      const blob = await recordMicrophone(microphoneId, RECORD_MS);
      if (blob.size === 0) throw new Error(t('wizard.audio.echoEmpty'));
      setState('playing');
      await playRecording(blob, speakerId, RECORD_MS + 2000);
      setState('played');
    } catch (error) {
      record('audio.echo', 'fail', errorSentence(t, error));
      setState('idle');
    }
  };
  const busy = state === 'recording' || state === 'playing';
  return (
    <div className="wizard-block">
      <h3>{t('wizard.audio.echoTitle')}</h3>
      <p className="muted">{t('wizard.audio.echoIntro')}</p>
      <button type="button" onClick={() => void run()} disabled={busy} data-testid="echo-start">
        {t('wizard.audio.echoStart')}
      </button>
      <span role="status" data-testid="echo-state">
        {busy ? t(`wizard.audio.echo.${state}`) : ''}
      </span>
      {state === 'played' && <Confirm proof="audio.echo" question={t('wizard.audio.echoQuestion')} />}
    </div>
  );
}
