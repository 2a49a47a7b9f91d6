// i18next with the two UI languages bundled; no network loading (the CSP would refuse it anyway).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../../common/i18n/ui-language';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

type Messages = Record<string, unknown>;

// Each feature may keep its strings in locales/<lang>/<feature>.json (top-level key = the feature's
// namespace prefix, e.g. {"campaign": {...}}); they are merged over the main file at build time.
const featureFiles = {
  en: import.meta.glob<Messages>('./locales/en/*.json', { eager: true, import: 'default' }),
  'zh-CN': import.meta.glob<Messages>('./locales/zh-CN/*.json', { eager: true, import: 'default' }),
};

function merged(base: Messages, features: Record<string, Messages>): Messages {
  const result: Messages = { ...base };
  for (const file of Object.values(features)) {
    for (const [key, value] of Object.entries(file)) {
      const existing = result[key];
      result[key] = existing && typeof existing === 'object' && typeof value === 'object' ? { ...(existing as Messages), ...(value as Messages) } : value;
    }
  }
  return result;
}

/** Both languages' full message trees (also read by the locale-parity test). */
export const messages = { en: merged(en, featureFiles.en), 'zh-CN': merged(zhCN, featureFiles['zh-CN']) };

export const i18n = i18next.createInstance();

export async function initI18n(language: UiLanguage): Promise<void> {
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: messages.en }, 'zh-CN': { translation: messages['zh-CN'] } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes; double escaping would show &lt; to users
    returnNull: false,
  });
  document.documentElement.lang = language;
}

export async function switchLanguage(language: UiLanguage): Promise<void> {
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}
