// i18next with the two UI languages bundled; no network loading (the CSP would refuse it anyway).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../../common/i18n/ui-language';

type Messages = Record<string, unknown>;

// One layout: locales/<lang>/<namespace>.json, where each file holds one top-level key (the namespace:
// "dialer", "serialPorts" → serial-ports.json) and its messages. t('dialer.key.hangup') reads dialer.json.
// test/unit/common/i18n/ui-language.test.ts holds both languages to the same files and keys.
const files = {
  en: import.meta.glob<Messages>('./locales/en/*.json', { eager: true, import: 'default' }),
  'zh-CN': import.meta.glob<Messages>('./locales/zh-CN/*.json', { eager: true, import: 'default' }),
};

function tree(namespaces: Record<string, Messages>): Messages {
  return Object.assign({}, ...Object.values(namespaces)) as Messages;
}

/** Both languages' full message trees (also read by the locale-parity and label tests). */
export const messages = { en: tree(files.en), 'zh-CN': tree(files['zh-CN']) };

export const i18n = i18next.createInstance();

/** The UI language an i18next language tag stands for (it is always one of the two once started). */
export const uiLanguageOf = (tag: string): UiLanguage => (tag === 'zh-CN' ? 'zh-CN' : 'en');

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
