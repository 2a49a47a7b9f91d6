// The UI speaks zh-CN or English. "system" follows the OS: any Chinese locale (zh, zh-CN, zh-Hans-CN,
// zh-TW …) gets the Chinese UI — Traditional-script users still read it better than English.
import type { Language } from '../settings/settings-schema';

export type UiLanguage = 'zh-CN' | 'en';
export const uiLanguages: readonly UiLanguage[] = ['zh-CN', 'en'];

export function pickUiLanguage(setting: Language, systemLocale: string): UiLanguage {
  if (setting !== 'system') return setting;
  return /^zh\b/i.test(systemLocale.trim()) ? 'zh-CN' : 'en';
}
