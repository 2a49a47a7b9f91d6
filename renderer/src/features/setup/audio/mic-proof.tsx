import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { record, useProof } from '../parts/wizard-store';

const HEARD = 0.005;

// Watches the Settings microphone meter shown above: sound arriving proves the microphone; the meter's
// own error (no device, busy) proves the opposite. Reads the meter, never a second capture.
export function MicProof({ within }: { within: React.RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  const { outcome } = useProof('audio.microphone');
  useEffect(() => {
    const timer = setInterval(() => {
      const root = within.current;
      const meter = root?.querySelector<HTMLMeterElement>('meter[data-testid="mic-level"]');
      const failure = root?.querySelector('.meter-row [role="alert"]')?.textContent;
      if (meter && meter.value > HEARD) record('audio.microphone', 'pass', t('wizard.audio.micLevel', { percent: Math.round(meter.value * 100) }));
      else if (failure) record('audio.microphone', 'fail', failure);
    }, 250);
    return () => clearInterval(timer);
  }, [within, t]);
  return (
    <p className="muted" data-testid="mic-proof-hint">
      {outcome === 'pass' ? t('wizard.audio.micHeard') : t('wizard.audio.micHint')}
    </p>
  );
}
