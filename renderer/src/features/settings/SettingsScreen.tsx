import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickUiLanguage, uiLanguages } from '../../../../common/i18n/ui-language';
import type { Language } from '../../../../common/settings/schema';
import type { SecretStatus } from '../../../../common/settings/secrets';
import { useApp } from '../../app/store';
import { getBridge, unwrap } from '../../platform/bridge';

export function SettingsScreen() {
  const { t } = useTranslation();
  const { settings, info } = useApp();
  const [secrets, setSecrets] = useState<SecretStatus>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    void unwrap(getBridge().api.secrets.status({})).then(setSecrets, (e: Error) => setError(e.message));
  }, []);

  const setLanguage = (language: Language) => {
    setError(undefined);
    unwrap(getBridge().api.settings.update({ ui: { language } })).catch((e: Error) => setError(t('settings.saveFailed', { message: e.message })));
  };
  const systemLanguage = pickUiLanguage('system', info?.systemLocale ?? navigator.language);

  return (
    <section className="screen">
      <h1>{t('settings.title')}</h1>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <label className="field">
        <span>{t('settings.language')}</span>
        <select data-testid="language-select" value={settings?.ui.language ?? 'system'} onChange={(e) => setLanguage(e.target.value as Language)}>
          <option value="system">{t('settings.languageSystem', { language: t(`language.${systemLanguage}`) })}</option>
          {uiLanguages.map((l) => (
            <option key={l} value={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <h2>{t('settings.secrets')}</h2>
      {secrets && (
        <p data-testid="secret-status">
          {secrets.backend === 'memory' ? t('settings.secretsMemory') : t('settings.secretsBackend', { backend: secrets.backend })}
          {!secrets.available && secrets.reason ? ` ${t('settings.secretsUnavailable', { reason: secrets.reason })}` : ''}
        </p>
      )}
      <h2>{t('settings.about')}</h2>
      {info && <p>{t('settings.version', { version: info.version, runtime: info.runtime, platform: info.platform })}</p>}
    </section>
  );
}
