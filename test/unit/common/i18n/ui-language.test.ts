import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pickUiLanguage } from '../../../../common/i18n/ui-language';
import { messages } from '../../../../renderer/src/i18n';
import { repoPath } from '../../../support/repo-path';

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
    expect(keys(messages['zh-CN'])).toEqual(keys(messages.en));
    expect(keys(messages.en).length).toBeGreaterThan(500); // the glob found the namespace files;
  });

  it('has the same namespace files and keys in zh-CN and en', () => {
    const dir = repoPath('renderer/src/i18n/locales');
    expect(readdirSync(dir).sort()).toEqual(['en', 'zh-CN']);
    const files = (lang: string) => readdirSync(join(dir, lang)).filter((f) => f.endsWith('.json')).sort();
    expect(files('zh-CN')).toEqual(files('en'));
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();
    const read = (lang: string, f: string) => JSON.parse(readFileSync(join(dir, lang, f), 'utf8')) as object;
    for (const f of files('en')) expect(keys(read('zh-CN', f)), f).toEqual(keys(read('en', f)));
  });

  it.each(['en', 'zh-CN'])('%s: each file holds exactly one namespace, named by the file (serial-ports.json → serialPorts)', (lang) => {
    const dir = join(repoPath('renderer/src/i18n/locales'), lang);
    expect(readdirSync(dir).filter((f) => !f.endsWith('.json'))).toEqual([]);
    for (const f of readdirSync(dir)) {
      const namespace = f.replace(/\.json$/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
      expect(Object.keys(JSON.parse(readFileSync(join(dir, f), 'utf8')) as object), f).toEqual([namespace]);
    }
  });
});
