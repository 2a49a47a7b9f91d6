import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallState } from '../../../../../common/hid/headset-api';
import { getBridge } from '../../../platform/page-bridge';
import { record, useProof } from '../parts/wizard-store';

const send = (state: CallState) => void getBridge().api.headset.setCallState(state);

// Proves the buttons reach the app: the headset rings (the answer button only answers a ringing
// call), the installer presses answer, then mute; each press arrives as a headset:button event.
export function ButtonProof() {
  const { t } = useTranslation();
  const [running, setRunning] = useState(false);
  const answer = useProof('headset.answer').outcome;
  const mute = useProof('headset.mute').outcome;
  const waiting = answer !== 'pass' ? 'answer' : mute !== 'pass' ? 'mute' : undefined;

  useEffect(() => {
    if (!running) return;
    const off = getBridge().api.headset.onButton(({ action }) => {
      if (action.action === 'answer') {
        record('headset.answer', 'pass');
        send({ phase: 'connected', muted: false });
      } else if (action.action === 'mute') {
        record('headset.mute', 'pass');
        send({ phase: 'connected', muted: action.muted });
      }
    });
    return () => {
      off();
      send({ phase: 'idle', muted: false });
    };
  }, [running]);

  useEffect(() => {
    if (running && waiting === undefined) setRunning(false);
  }, [running, waiting]);

  const start = () => {
    record('headset.answer', 'untested');
    record('headset.mute', 'untested');
    send({ phase: 'ringing', muted: false });
    setRunning(true);
  };
  const notWorking = () => {
    if (waiting) record(`headset.${waiting}`, 'fail');
    setRunning(false);
  };

  return (
    <div className="wizard-block">
      <h3>{t('wizard.headset.buttonsTitle')}</h3>
      <p className="wizard-prompt" role="status" data-testid="headset-prompt">
        {running && waiting ? t(`wizard.headset.press.${waiting}`) : waiting === undefined ? t('wizard.headset.pressDone') : t('wizard.headset.pressIdle')}
      </p>
      {running ? (
        <button type="button" onClick={notWorking} data-testid="headset-buttons-fail">
          {t('wizard.headset.nothingHappens')}
        </button>
      ) : (
        <button type="button" className="primary" onClick={start} data-testid="headset-buttons-start">
          {t('wizard.headset.startButtons')}
        </button>
      )}
    </div>
  );
}
