import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pickUiLanguage } from '../../../common/i18n/ui-language';
import en from '../../../renderer/src/i18n/locales/en.json';
import zhCN from '../../../renderer/src/i18n/locales/zh-CN.json';

describe('UI language', () => {
  it.each([
    ['system', 'zh-CN', 'zh-CN'],
    ['system', 'zh-Hans-CN', 'zh-CN'],
    ['system', 'zh-TW', 'zh-CN'],
    ['system', 'en-US', 'en'],
    ['system', 'de-DE', 'en'],
    ['system', '', 'en'],
    ['en', 'zh-CN', 'en'],
    ['zh-CN', 'en-US', 'zh-CN'],
  ] as const)('setting %s with OS locale "%s" → %s', (setting, locale, expected) => expect(pickUiLanguage(setting, locale)).toBe(expected));

  it('has the same message keys in zh-CN and en', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();
    expect(keys(zhCN)).toEqual(keys(en));
  });

  it('has the same feature files and keys in zh-CN and en', () => {
    const dir = join(__dirname, '../../../renderer/src/i18n/locales');
    const files = (lang: string) => readdirSync(join(dir, lang)).filter((f) => f.endsWith('.json')).sort();
    expect(files('zh-CN')).toEqual(files('en'));
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();
    const read = (lang: string, f: string) => JSON.parse(readFileSync(join(dir, lang, f), 'utf8')) as object;
    for (const f of files('en')) expect(keys(read('zh-CN', f)), f).toEqual(keys(read('en', f)));
  });
});
