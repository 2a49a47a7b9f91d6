import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../../ui-shared/app-store';
import { AudioSection } from '../../settings/audio-section';
import { ProofList } from '../parts/proof-list';
import { StepHeading } from '../parts/step-heading';
import { EchoTest } from './echo-test';
import { MicProof } from './mic-proof';
import { ToneTest } from './tone-test';

// Step 2: the chosen microphone picks up sound, the speaker and ringers play, and an echo test proves both.
export function AudioStep() {
  const { t } = useTranslation();
  const audio = useApp((s) => s.settings?.audio);
  const devicesRef = useRef<HTMLDivElement>(null);
  return (
    <>
      <StepHeading>{t('wizard.step.audio')}</StepHeading>
      <p>{t('wizard.audio.intro')}</p>
      <div ref={devicesRef} className="wizard-block">
        <AudioSection />
      </div>
      <MicProof within={devicesRef} />
      {audio && (
        <>
          <ToneTest proof="audio.speaker" title={t('wizard.audio.speakerTitle')} sinks={[audio.speakerId]} frequency={1000} />
          <ToneTest proof="audio.ringer" title={t('wizard.audio.ringerTitle')} sinks={audio.ringerIds} frequency={450} />
          <EchoTest microphoneId={audio.microphoneId} speakerId={audio.speakerId} />
        </>
      )}
      <ProofList items={['audio.microphone', 'audio.speaker', 'audio.ringer', 'audio.echo']} />
    </>
  );
}
