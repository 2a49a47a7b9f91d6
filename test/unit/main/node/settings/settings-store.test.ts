import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../../common/settings/settings-schema';
import { memoryLogger } from '../../../../../main/node/logging/logger';
import { openSettingsStore } from '../../../../../main/node/settings/settings-store';

const freshDir = () => mkdtempSync(join(tmpdir(), 'dialdeck-settings-'));

describe('settings store', () => {
  it('starts from defaults when there is no file', async () => {
    const store = await openSettingsStore(join(freshDir(), 'settings.json'), memoryLogger());
    expect(store.get()).toEqual(defaultSettings());
  });

  it('writes updates to disk, keeps other sections and notifies listeners', async () => {
    const file = join(freshDir(), 'settings.json');
    const store = await openSettingsStore(file, memoryLogger());
    const seen: string[] = [];
    store.onChange((s) => seen.push(s.ui.language));
    await store.update({ audio: { microphoneId: 'jabra' } });
    await store.update({ ui: { language: 'zh-CN' } });
    const onDisk = JSON.parse(readFileSync(file, 'utf8'));
    expect(onDisk.ui.language).toBe('zh-CN');
    expect(onDisk.audio.microphoneId).toBe('jabra');
    expect(seen).toEqual(['system', 'zh-CN']);
    const reopened = await openSettingsStore(file, memoryLogger());
    expect(reopened.get()).toEqual(store.get());
  });

  it('lands concurrent updates in order and leaves no temp files', async () => {
    const dir = freshDir();
    const file = join(dir, 'settings.json');
    const store = await openSettingsStore(file, memoryLogger());
    await Promise.all(['en', 'zh-CN', 'system', 'en'].map((language) => store.update({ ui: { language: language as 'en' } })));
    expect(JSON.parse(readFileSync(file, 'utf8')).ui.language).toBe('en');
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });

  it.each([
    ['not JSON', '{"ui": '],
    ['wrong types', '{"ui": {"language": 42}}'],
    ['a future version', '{"version": 99}'],
  ])('keeps an invalid file (%s) aside as a backup and starts from defaults', async (_name, content) => {
    const dir = freshDir();
    const file = join(dir, 'settings.json');
    writeFileSync(file, content);
    const log = memoryLogger();
    const store = await openSettingsStore(file, log);
    expect(store.get()).toEqual(defaultSettings());
    const backup = readdirSync(dir).find((f) => f.startsWith('settings.json.invalid-'));
    expect(backup).toBeDefined();
    expect(readFileSync(join(dir, backup!), 'utf8')).toBe(content);
    expect(log.lines.some((l) => l.level === 'warn')).toBe(true);
  });

  it('fills defaults for sections an older file lacks', async () => {
    const file = join(freshDir(), 'settings.json');
    writeFileSync(file, JSON.stringify({ ui: { language: 'en' } }));
    const store = await openSettingsStore(file, memoryLogger());
    expect(store.get().ui.language).toBe('en');
    expect(store.get().audio.ringerIds).toEqual(['default']);
  });
});
