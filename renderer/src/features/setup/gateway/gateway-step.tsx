import { useTranslation } from 'react-i18next';
import { NotUsed } from '../parts/not-used';
import { ProofList } from '../parts/proof-list';
import { StepHeading } from '../parts/step-heading';
import { GatewayLines } from './gateway-lines';
import { GatewayTestCall } from './gateway-test-call';

// Step 3: GSM modules and FXO modems are found, online, registered, and place a real call.
export function GatewayStep() {
  const { t } = useTranslation();
  return (
    <>
      <StepHeading>{t('wizard.step.gateway')}</StepHeading>
      <p>{t('wizard.gateway.intro')}</p>
      <GatewayLines />
      <GatewayTestCall />
      <ProofList items={['gateway.lines', 'gateway.call']} />
      <NotUsed items={['gateway.lines', 'gateway.call']} />
    </>
  );
}
