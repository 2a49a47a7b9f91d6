import { useTranslation } from 'react-i18next';
import { AudioStep } from './audio/audio-step';
import { BindingStep } from './binding/binding-step';
import { GatewayStep } from './gateway/gateway-step';
import { HeadsetStep } from './headset/headset-step';
import { FirstRunNotice } from './first-run-notice';
import { SipStep } from './sip/sip-step';
import { StepFooter } from './step-footer';
import { StepNav } from './step-nav';
import { SummaryStep } from './summary/summary-step';
import { useLiveProofs } from './parts/use-live-proofs';
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
  useLiveProofs();
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
