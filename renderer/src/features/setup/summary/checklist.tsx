import { useTranslation } from 'react-i18next';
import { ProofRow } from '../parts/proof-row';
import { proofs, stepOutcome, useWizard, type ProofId, type ProofStep } from '../parts/wizard-store';

const order = Object.keys(proofs) as ProofStep[];

// Every step with its proofs, green/red/untested, and a way back to the step to fix it.
export function Checklist() {
  const { t } = useTranslation();
  const { results, go } = useWizard();
  return (
    <div className="checklist" data-testid="wizard-checklist">
      {order.map((step) => {
        const outcome = stepOutcome(results, step);
        return (
          <section key={step} className={`checklist-step step-${outcome}`} data-testid={`summary-${step}`} data-outcome={outcome}>
            <h3>
              {t(`wizard.step.${step}`)} — {t(`wizard.outcome.${outcome}`)}
            </h3>
            <ul className="proofs">
              {proofs[step].map((p) => (
                <ProofRow key={p} proof={`${step}.${p}` as ProofId} />
              ))}
            </ul>
            {outcome !== 'pass' && (
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
