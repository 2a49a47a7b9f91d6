import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotUsed } from '../parts/NotUsed';
import { ProofList } from '../parts/ProofList';
import { StepHeading } from '../parts/StepHeading';
import type { ProofId } from '../parts/wizard-store';
import { BindingForm } from './BindingForm';

// Step 5: the privacy-number binding server is reachable, accepts this desk's signature, has free numbers.
export function BindingStep() {
  const { t } = useTranslation();
  const [hints, setHints] = useState<Partial<Record<ProofId, string>>>({});
  return (
    <>
      <StepHeading>{t('wizard.step.binding')}</StepHeading>
      <p>{t('wizard.binding.intro')}</p>
      <BindingForm onHints={setHints} />
      <ProofList items={['binding.reachable', 'binding.signature', 'binding.pool']} hints={hints} />
      <NotUsed items={['binding.reachable', 'binding.signature', 'binding.pool']} />
    </>
  );
}
