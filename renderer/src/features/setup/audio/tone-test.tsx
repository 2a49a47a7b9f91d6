import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Confirm } from '../parts/confirm';
import { errorSentence } from '../../../ui-shared/error-text';
import { record, type ProofId } from '../parts/wizard-store';
import { playTone } from './tone';

// Plays a tone on each chosen output, then asks whether it was heard there.
export function ToneTest({ proof, title, sinks, frequency }: { proof: ProofId; title: string; sinks: readonly string[]; frequency: number }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'playing' | 'played'>('idle');
  const play = async () => {
    setState('playing');
    record(proof, 'untested');
    try {
      await Promise.all(sinks.map((sink) => playTone(sink, frequency, 1500)));
      setState('played');
    } catch (error) {
      record(proof, 'fail', errorSentence(t, error));
      setState('idle');
    }
  };
  return (
    <div className="wizard-block">
      <h3>{title}</h3>
      <button type="button" onClick={() => void play()} disabled={state === 'playing'} data-testid={`tone-${proof}`}>
        {state === 'playing' ? t('wizard.audio.playing') : t('wizard.audio.playTone')}
      </button>
      <span role="status" className="muted">
        {state === 'playing' ? t('wizard.audio.playingOn', { count: sinks.length }) : ''}
      </span>
      {state === 'played' && <Confirm proof={proof} question={t('wizard.audio.heardTone')} />}
    </div>
  );
}
