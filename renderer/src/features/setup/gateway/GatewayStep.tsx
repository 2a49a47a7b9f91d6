import { useTranslation } from 'react-i18next';
import { NotUsed } from '../parts/NotUsed';
import { ProofList } from '../parts/ProofList';
import { StepHeading } from '../parts/StepHeading';
import { GatewayLines } from './GatewayLines';
import { GatewayTestCall } from './GatewayTestCall';

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
