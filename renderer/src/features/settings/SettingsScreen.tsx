import { useTranslation } from 'react-i18next';
import { AboutSection } from './AboutSection';
import { AudioSection } from './AudioSection';
import { GatewayPortsSection } from './GatewayPortsSection';
import { LanguageSection } from './LanguageSection';
import { PrivacySection } from './PrivacySection';
import { SecretsSection } from './SecretsSection';
import { SipAccountsSection } from './SipAccountsSection';

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
