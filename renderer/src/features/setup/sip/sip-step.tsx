import { useTranslation } from 'react-i18next';
import { usePhone } from '../../../phone/phone-store';
import { SipAccountsSection } from '../../settings/sip-accounts-section';
import { ProofList } from '../parts/proof-list';
import { StepHeading } from '../parts/step-heading';
import { TestCall } from '../parts/test-call';
import { SipRegistrations } from './sip-registrations';

// Step 4: a SIP account is added, registers with the server (proven by the engine, live) and calls out.
export function SipStep() {
  const { t } = useTranslation();
  const accounts = usePhone((s) => s.accounts);
  const registered = accounts.filter((a) => a.registration === 'registered');
  return (
    <>
      <StepHeading>{t('wizard.step.sip')}</StepHeading>
      <p>{t('wizard.sip.intro')}</p>
      <div className="wizard-block">
        <SipAccountsSection />
      </div>
      <SipRegistrations />
      <TestCall proof="sip.call" via="sip" lines={registered.map((a) => ({ id: a.id, label: a.aor }))} />
      <ProofList items={['sip.registered', 'sip.call']} />
    </>
  );
}
