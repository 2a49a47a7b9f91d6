import { useTranslation } from 'react-i18next';
import { AboutSection } from './about-section';
import { AudioSection } from './audio-section';
import { GatewayPortsSection } from './gateway-ports-section';
import { LanguageSection } from './language-section';
import { PrivacySection } from './privacy-section';
import { SecretsSection } from './secrets-section';
import { SipAccountsSection } from './sip-accounts-section';

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen settings">
      <h1>{t('settings.title')}</h1>
      <LanguageSection />
      <SipAccountsSection />
      <AudioSection />
      <GatewayPortsSection />
      <PrivacySection />
      <SecretsSection />
      <AboutSection />
    </section>
  );
}
