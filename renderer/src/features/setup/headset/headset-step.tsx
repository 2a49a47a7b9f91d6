import { useTranslation } from 'react-i18next';
import { ProofList } from '../parts/proof-list';
import { StepHeading } from '../parts/step-heading';
import { ButtonProof } from './button-proof';
import { HeadsetList } from './headset-list';
import { LedProof } from './led-proof';
import { UdevFix } from './udev-fix';

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
