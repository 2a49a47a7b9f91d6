import { useTranslation } from 'react-i18next';
import { pickUiLanguage, uiLanguages } from '../../../../common/i18n/ui-language';
import type { Language } from '../../../../common/settings/settings-schema';
import { useApp } from '../../ui-shared/app-store';
import { useSaveSettings } from './use-save-settings';

export function LanguageSection() {
  const { t } = useTranslation();
  const { settings, info } = useApp();
  const { save, error } = useSaveSettings();
  const systemLanguage = pickUiLanguage('system', info?.systemLocale ?? navigator.language);
  return (
    <>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <label className="field">
        <span>{t('settings.language')}</span>
        <select data-testid="language-select" value={settings?.ui.language ?? 'system'} onChange={(e) => void save({ ui: { language: e.target.value as Language } })}>
          <option value="system">{t('settings.languageSystem', { language: t(`language.${systemLanguage}`) })}</option>
          {uiLanguages.map((l) => (
            <option key={l} value={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
