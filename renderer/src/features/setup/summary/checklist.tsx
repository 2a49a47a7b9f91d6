import { useTranslation } from 'react-i18next';
import { ProofRow } from '../parts/proof-row';
import { proofs, stepOutcome, useWizard, type ProofId, type ProofStep } from '../parts/wizard-store';

const order = Object.keys(proofs) as ProofStep[];

// Every step with its proofs, green/red/untested, and a way back to the step to fix it. One grid for the
// whole list (styles.css: .checklist): the states of steps and proofs line up in one column.
export function Checklist() {
  const { t } = useTranslation();
  const { results, go } = useWizard();
  return (
    <div className="checklist" data-testid="wizard-checklist">
      {order.map((step) => {
        const outcome = stepOutcome(results, step);
        return (
          <section key={step} className={`checklist-step step-${outcome}`} data-testid={`summary-${step}`} data-outcome={outcome}>
            {/* the step's state sits in the status column, over its proofs' states */}
            <h3 className="checklist-head">
              <span className="checklist-name">{t(`wizard.step.${step}`)}</span>
              <span className="sr-only"> — </span>
              <span className="checklist-state">{t(`wizard.outcome.${outcome}`)}</span>
            </h3>
            <ul className="proofs">
              {proofs[step].map((p) => (
                <ProofRow key={p} proof={`${step}.${p}` as ProofId} />
              ))}
            </ul>
            {(outcome === 'fail' || outcome === 'untested') && (
              <button type="button" className="link-button" onClick={() => go(step)} data-testid={`summary-open-${step}`}>
                {t('wizard.summary.open', { step: t(`wizard.step.${step}`) })}
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}
