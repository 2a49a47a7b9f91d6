import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applySettingsPatch, defaultSettings } from '../../../../../common/settings/settings-schema';
import { savedUiLanguage } from '../../../../../main/node/settings/saved-language';

describe('the saved UI language, read before Electron starts (for --lang)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dialdeck-lang-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const saved = (language: 'system' | 'zh-CN' | 'en') => JSON.stringify(applySettingsPatch(defaultSettings(), { ui: { language } }));

  it.each([
    ['zh-CN', 'zh-CN'],
    ['en', 'en'],
    ['system', null],
  ] as const)('a settings file saying %s gives %s', (language, expected) => {
    expect(savedUiLanguage(file(`settings-${language}.json`, saved(language)))).toBe(expected);
  });

  it('follows the system when there is no settings file yet (first start)', () => {
    expect(savedUiLanguage(join(dir, 'missing.json'))).toBeNull();
  });

  it.each([
    ['not JSON', '{"ui": {"language": "zh-CN"'],
    ['an unknown language', JSON.stringify({ ...JSON.parse(saved('en')), ui: { language: 'fr' } })],
    ['a hostile value', JSON.stringify({ ...JSON.parse(saved('en')), ui: { language: 'zh-CN --no-sandbox' } })],
    ['not an object', '"zh-CN"'],
  ])('follows the system for %s, without throwing', (_name, content) => {
    expect(savedUiLanguage(file(`bad-${_name.replace(/\W/g, '')}.json`, content))).toBeNull();
  });
});
