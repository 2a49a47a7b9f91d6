// Chromium formats its native date and time pickers (<input type="datetime-local">: the stats range, a
// follow-up's time) in the browser's own locale, not the page's: an agent who chose 中文 on an English
// Windows saw "11/26/2026, 08:00 AM". Electron takes that locale from its --lang switch, which must be set
// before the app is ready, so the saved UI language is read from the settings file that early. A language
// chosen later reaches the pickers at the next start; everything else in the UI switches at once.
import { readFileSync } from 'node:fs';
import { Settings } from '../../../common/settings/settings-schema';

/** The saved UI language, or null for "follow the system" (also when the file is missing or unreadable). */
export function savedUiLanguage(settingsFile: string): 'zh-CN' | 'en' | null {
  try {
    const parsed = Settings.safeParse(JSON.parse(readFileSync(settingsFile, 'utf8')));
    const language = parsed.success ? parsed.data.ui.language : 'system';
    return language === 'system' ? null : language;
  } catch {
    return null; // the settings store itself reports and replaces a bad file once the app runs
  }
}
