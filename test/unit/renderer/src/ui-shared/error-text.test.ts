import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, messages } from '../../../../../renderer/src/i18n';
import { IpcCallError } from '../../../../../renderer/src/platform/page-bridge';
import { errorSentence, reasonSentence } from '../../../../../renderer/src/ui-shared/error-text';

beforeAll(async () => {
  await i18n.init({ resources: { en: { translation: messages.en }, 'zh-CN': { translation: messages['zh-CN'] } }, lng: 'zh-CN', fallbackLng: 'en', interpolation: { escapeValue: false } });
});

const as = async (lang: 'zh-CN' | 'en') => i18n.changeLanguage(lang);

describe('errorSentence', () => {
  it('says main’s reason in the UI language with its parameters, never main’s English message', async () => {
    await as('zh-CN');
    const error = new IpcCallError('INVALID_INPUT', 'line 7: a quoted cell is never closed', [], { key: 'import.unclosedQuote', params: { line: 7 } });
    expect(errorSentence(i18n.t, error)).toBe('第 7 行有一个引号没有配对（缺少一个 "）。请在文件里改正这一行后重新导入。');
    await as('en');
    expect(errorSentence(i18n.t, error)).toBe('Line 7 has a quote that is never closed (a " is missing). Fix that line in the file and import again.');
  });

  it('falls back to the code’s sentence when there is no reason or one this page does not know', async () => {
    await as('zh-CN');
    expect(errorSentence(i18n.t, new IpcCallError('REFUSED', 'cannot switch campaigns while onCall'))).toBe(i18n.t('contacts.errors.REFUSED'));
    const unknown = new IpcCallError('NOT_FOUND', 'x', [], { key: 'no.such' } as never);
    expect(errorSentence(i18n.t, unknown)).toBe(i18n.t('contacts.errors.NOT_FOUND'));
    expect(reasonSentence(i18n.t, undefined)).toBeUndefined();
  });

  it('says a browser media error by its name, and anything else as unexpected', async () => {
    await as('zh-CN');
    expect(errorSentence(i18n.t, new DOMException('Permission denied', 'NotAllowedError'))).toContain('麦克风');
    expect(errorSentence(i18n.t, new TypeError('Failed to fetch'))).toBe(i18n.t('errors.unexpected'));
  });
});
