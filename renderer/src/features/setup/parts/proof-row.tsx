import { useTranslation } from 'react-i18next';
import { useProof, type ProofId } from './wizard-store';

const marks = { pass: '✓', fail: '✗', untested: '○', skipped: '–' } as const;

// One live proof: green, red or not yet tried; when red, what to do next.
export function ProofRow({ proof, hint }: { proof: ProofId; hint?: string }) {
  const { t } = useTranslation();
  const { outcome, detail, hint: seenHint } = useProof(proof);
  return (
    <li className={`proof proof-${outcome}`} data-testid={`proof-${proof}`} data-outcome={outcome}>
      <span className="proof-mark" aria-hidden="true">
        {marks[outcome]}
      </span>
      <span className="proof-label">{t(`wizard.proof.${proof}`)}</span>
      <span className="proof-state">{t(`wizard.outcome.${outcome}`)}</span>
      {detail && <span className="proof-detail">{detail}</span>}
      {outcome === 'fail' && <span className="proof-hint">{hint ?? seenHint ?? t(`wizard.fix.${proof}`)}</span>}
    </li>
  );
}
