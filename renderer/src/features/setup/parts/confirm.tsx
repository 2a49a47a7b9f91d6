import { useTranslation } from 'react-i18next';
import { record, type ProofId } from './wizard-store';

// What only a person can prove (a tone heard, a LED lit): asked as a plain yes/no.
export function Confirm({ proof, question, detail }: { proof: ProofId; question: string; detail?: string }) {
  const { t } = useTranslation();
  return (
    <div className="confirm" role="group" aria-label={question}>
      <span>{question}</span>
      <button type="button" onClick={() => record(proof, 'pass', detail)} data-testid={`confirm-${proof}-yes`}>
        {t('wizard.yes')}
      </button>
      <button type="button" onClick={() => record(proof, 'fail', detail)} data-testid={`confirm-${proof}-no`}>
        {t('wizard.no')}
      </button>
    </div>
  );
}
