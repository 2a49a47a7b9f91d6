import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../../ui-shared/app-store';
import { useSaveSettings } from '../../settings/use-save-settings';
import { stepOutcome, useWizard, type ProofStep } from '../parts/wizard-store';

const proofSteps: ProofStep[] = ['headset', 'audio', 'gateway', 'sip', 'binding'];

// Marks the desk as set up (settings.ui.setupCompleted); says plainly when steps are still not green.
export function FinishSetup() {
  const { t } = useTranslation();
  const results = useWizard((s) => s.results);
  const go = useApp((s) => s.go);
  const { save, error } = useSaveSettings();
  const [finished, setFinished] = useState(false);
  const open = proofSteps.filter((s) => !['pass', 'skipped'].includes(stepOutcome(results, s)));

  const finish = async () => {
    if (await save({ ui: { setupCompleted: true } })) setFinished(true);
  };
  return (
    <div className="wizard-block finish">
      <p role="status" data-testid="finish-state">
        {finished ? t('wizard.summary.finished') : open.length ? t('wizard.summary.notAllGreen', { steps: open.map((s) => t(`wizard.step.${s}`)).join(t('punctuation.listSeparator')) }) : t('wizard.summary.allGreen')}
      </p>
      {finished ? (
        <button type="button" className="primary" onClick={() => go('dialer')} data-testid="finish-to-dialer">
          {t('wizard.summary.toDialer')}
        </button>
      ) : (
        <button type="button" className="primary" onClick={() => void finish()} data-testid="finish-setup">
          {t('wizard.summary.finish')}
        </button>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
