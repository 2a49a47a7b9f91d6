import { useTranslation } from 'react-i18next';
import { AudioStep } from './audio/AudioStep';
import { BindingStep } from './binding/BindingStep';
import { GatewayStep } from './gateway/GatewayStep';
import { HeadsetStep } from './headset/HeadsetStep';
import { FirstRunNotice } from './FirstRunNotice';
import { SipStep } from './sip/SipStep';
import { StepFooter } from './StepFooter';
import { StepNav } from './StepNav';
import { SummaryStep } from './summary/SummaryStep';
import { useWizard, type StepId } from './parts/wizard-store';

const views: Record<StepId, () => React.JSX.Element> = {
  headset: HeadsetStep,
  audio: AudioStep,
  gateway: GatewayStep,
  sip: SipStep,
  binding: BindingStep,
  summary: SummaryStep,
};

// The hardware setup wizard: each step proves a device works live, the summary shows what is green.
export function SetupScreen() {
  const { t } = useTranslation();
  const step = useWizard((s) => s.step);
  const View = views[step];
  return (
    <section className="screen wizard" data-testid="wizard">
      <h1>{t('wizard.title')}</h1>
      <FirstRunNotice />
      <StepNav />
      <div className="wizard-step" data-testid={`wizard-step-${step}`}>
        <View key={step} />
      </div>
      <StepFooter />
    </section>
  );
}
