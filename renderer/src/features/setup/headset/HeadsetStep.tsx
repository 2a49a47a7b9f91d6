import { useTranslation } from 'react-i18next';
import { ProofList } from '../parts/ProofList';
import { StepHeading } from '../parts/StepHeading';
import { ButtonProof } from './ButtonProof';
import { HeadsetList } from './HeadsetList';
import { LedProof } from './LedProof';
import { UdevFix } from './UdevFix';

// Step 1: the headset is found, its buttons reach the app and the app reaches its LEDs and ringer.
export function HeadsetStep() {
  const { t } = useTranslation();
  return (
    <>
      <StepHeading>{t('wizard.step.headset')}</StepHeading>
      <p>{t('wizard.headset.intro')}</p>
      <HeadsetList />
      <UdevFix />
      <ButtonProof />
      <LedProof />
      <ProofList items={['headset.detected', 'headset.answer', 'headset.mute', 'headset.leds']} />
    </>
  );
}
