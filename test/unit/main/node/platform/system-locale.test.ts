import { describe, expect, it } from 'vitest';
import { systemLocaleFromEnv } from '../../../../../main/node/platform/system-locale';
import { pickUiLanguage } from '../../../../../common/i18n/ui-language';

describe('systemLocaleFromEnv (the harness speaks the desktop language on first start, as Electron does)', () => {
  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, 'zh-CN', 'zh-CN'],
    [{ LANG: 'C.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' }, 'zh-CN', 'zh-CN'],
    [{ LANG: 'en_US.UTF-8', LANGUAGE: 'zh_CN:en_US' }, 'zh-CN', 'zh-CN'],
    [{ LANG: 'zh_CN.UTF-8', LC_ALL: 'en_GB.UTF-8' }, 'en-GB', 'en'],
    [{ LANG: 'zh_TW.UTF-8' }, 'zh-TW', 'zh-CN'],
    [{ LANG: 'C.UTF-8' }, 'fallback', 'en'],
    [{ LANG: 'POSIX', LANGUAGE: '' }, 'fallback', 'en'],
    [{}, 'fallback', 'en'],
    [{ LANG: 'de_DE@euro' }, 'de-DE', 'en'],
  ])('%j → %s (UI %s)', (env, locale, ui) => {
    expect(systemLocaleFromEnv(env, 'fallback')).toBe(locale);
    expect(pickUiLanguage('system', systemLocaleFromEnv(env, 'fallback'))).toBe(ui);
  });
});
