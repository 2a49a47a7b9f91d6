import { useTranslation } from 'react-i18next';
import { steps, useWizard } from './parts/wizard-store';

// Back / Next. Next never blocks: a red step stays red on the summary instead of trapping the installer.
export function StepFooter() {
  const { t } = useTranslation();
  const { step, go } = useWizard();
  const index = steps.indexOf(step);
  const previous = steps[index - 1];
  const next = steps[index + 1];
  return (
    <div className="wizard-footer">
      {previous && (
        <button type="button" onClick={() => go(previous)} data-testid="wizard-back">
          {t('wizard.back', { step: t(`wizard.step.${previous}`) })}
        </button>
      )}
      {next && (
        <button type="button" className="primary" onClick={() => go(next)} data-testid="wizard-next">
          {t('wizard.next', { step: t(`wizard.step.${next}`) })}
        </button>
      )}
    </div>
  );
}
