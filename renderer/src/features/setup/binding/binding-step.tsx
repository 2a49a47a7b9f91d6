import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotUsed } from '../parts/not-used';
import { ProofList } from '../parts/proof-list';
import { StepHeading } from '../parts/step-heading';
import type { ProofId } from '../parts/wizard-store';
import { BindingForm } from './binding-form';

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
