import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallState } from '../../../../../common/hid/headset-api';
import { getBridge, unwrap } from '../../../platform/page-bridge';
import { Confirm } from '../parts/confirm';
import { errorSentence } from '../../../ui-shared/error-text';
import { record } from '../parts/wizard-store';
import { useApp } from '../../../ui-shared/app-store';

const sequence: ReadonlyArray<{ stage: string; state: CallState }> = [
  { stage: 'ringing', state: { phase: 'ringing', muted: false } },
  { stage: 'connected', state: { phase: 'connected', muted: false } },
  { stage: 'muted', state: { phase: 'connected', muted: true } },
  { stage: 'idle', state: { phase: 'idle', muted: false } },
];
const STAGE_MS = 1500;

// Lights the headset as a call would (ringing → connected → muted → idle) and asks what was seen.
export function LedProof() {
  const { t } = useTranslation();
  const [stage, setStage] = useState<string>();
  const [sent, setSent] = useState(false);
  const cancelled = useRef(false);
  // the LEDs are the active headset's: with none usable there is nothing to light, and nothing to confirm
  const headset = useApp((s) => s.devices?.headsets.find((h) => h.active && h.status === 'ok'));
  useEffect(
    () => () => {
      cancelled.current = true;
    },
    [],
  );

  const run = async () => {
    setSent(false);
    record('headset.leds', 'untested');
    try {
      for (const { stage: name, state } of sequence) {
        if (cancelled.current) return;
        setStage(name);
        await unwrap(getBridge().api.headset.setCallState(state));
        if (name !== 'idle') await new Promise((r) => setTimeout(r, STAGE_MS));
      }
      setSent(true);
    } catch (error) {
      record('headset.leds', 'fail', errorSentence(t, error));
    } finally {
      setStage(undefined);
    }
  };

  return (
    <div className="wizard-block">
      <h3>{t('wizard.headset.ledsTitle')}</h3>
      <p className="muted">{t('wizard.headset.ledsIntro')}</p>
      <button type="button" onClick={() => void run()} disabled={stage !== undefined || !headset} data-testid="headset-leds-start">
        {t('wizard.headset.startLeds')}
      </button>
      {!headset && (
        <p className="muted" data-testid="headset-leds-none">
          {t('wizard.headset.ledsNoHeadset')}
        </p>
      )}
      <p role="status" data-testid="headset-led-stage">
        {stage ? t(`wizard.headset.stage.${stage}`) : sent && headset ? t('wizard.headset.ledsSent') : ''}
      </p>
      {sent && headset && <Confirm proof="headset.leds" question={t('wizard.headset.ledsQuestion')} detail={t('wizard.headset.ledsSeen')} />}
    </div>
  );
}
