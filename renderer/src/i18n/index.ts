// i18next with the two UI languages bundled; no network loading (the CSP would refuse it anyway).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../../common/i18n/ui-language';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

export const i18n = i18next.createInstance();

export async function initI18n(language: UiLanguage): Promise<void> {
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
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
