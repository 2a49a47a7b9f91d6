import { useTranslation } from 'react-i18next';
import { stepOutcome, steps, useWizard } from './parts/wizard-store';

const marks = { pass: '✓', fail: '✗', untested: '', skipped: '–' } as const;

// The steps as an ordered list of buttons: any step can be opened, each shows its green/red state.
export function StepNav() {
  const { t } = useTranslation();
  const { step: current, go, results } = useWizard();
  return (
    <nav aria-label={t('wizard.stepsLabel')}>
      <ol className="wizard-steps">
        {steps.map((s, i) => {
          const outcome = s === 'summary' ? 'untested' : stepOutcome(results, s);
          return (
            <li key={s}>
              <button type="button" className={`wizard-step-link step-${outcome}`} aria-current={s === current ? 'step' : undefined} onClick={() => go(s)} data-testid={`wizard-nav-${s}`}>
                <span className="step-number" aria-hidden="true">
                  {marks[outcome] || i + 1}
                </span>
                {t(`wizard.step.${s}`)}
                {outcome !== 'untested' && <span className="sr-only">{` — ${t(`wizard.outcome.${outcome}`)}`}</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
