// The UI speaks zh-CN or English. "system" follows the OS: any Chinese locale (zh, zh-CN, zh-Hans-CN,
// zh-TW …) gets the Chinese UI — Traditional-script users still read it better than English.
import { z } from 'zod';
import type { Language } from '../settings/settings-schema';

export const UiLanguage = z.enum(['zh-CN', 'en']);
export type UiLanguage = z.infer<typeof UiLanguage>;
export const uiLanguages: readonly UiLanguage[] = UiLanguage.options;

export function pickUiLanguage(setting: Language, systemLocale: string): UiLanguage {
  if (setting !== 'system') return setting;
  return /^zh\b/i.test(systemLocale.trim()) ? 'zh-CN' : 'en';
}
