import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../../ui-shared/app-store';
import { AudioSection } from '../../settings/AudioSection';
import { ProofList } from '../parts/ProofList';
import { StepHeading } from '../parts/StepHeading';
import { EchoTest } from './EchoTest';
import { MicProof } from './MicProof';
import { ToneTest } from './ToneTest';

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
