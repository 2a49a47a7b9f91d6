// A patch changes only the fields it names: zod 4 fills defaults inside `.partial()`, which once made
// {ui:{language}} reset setupCompleted and {audio:{ringerIds}} reset the chosen microphone and speaker.
import { describe, expect, it } from 'vitest';
import { applySettingsPatch, defaultSettings, SettingsPatch } from '../../../../common/settings/settings-schema';

describe('settings patches', () => {
  const current = applySettingsPatch(defaultSettings(), {
    ui: { language: 'zh-CN', setupCompleted: true },
    audio: { microphoneId: 'jabra-mic', speakerId: 'jabra-out', ringerIds: ['jabra-out'] },
    binding: { url: 'https://binding.example.com', keyId: 'desk-1', poolId: 'sh' },
  });

  it.each([
    ['ui', { ui: { language: 'en' } }, { ui: { language: 'en', setupCompleted: true } }],
    ['audio', { audio: { ringerIds: ['default', 'desk-speaker'] } }, { audio: { microphoneId: 'jabra-mic', speakerId: 'jabra-out', ringerIds: ['default', 'desk-speaker'] } }],
    ['binding', { binding: { poolId: 'bj' } }, { binding: { url: 'https://binding.example.com', keyId: 'desk-1', poolId: 'bj' } }],
  ] as const)('a %s patch keeps the fields it does not name', (_section, patch, expected) => {
    expect(applySettingsPatch(current, SettingsPatch.parse(patch))).toMatchObject(expected);
  });

  it('parses an empty section to no changes at all', () => {
    expect(SettingsPatch.parse({ ui: {} })).toEqual({ ui: {} });
    expect(applySettingsPatch(current, SettingsPatch.parse({ ui: {}, audio: {} }))).toEqual(current);
  });

  it('still validates what a patch names and refuses unknown fields', () => {
    expect(SettingsPatch.safeParse({ binding: { url: 'http://evil.example.com' } }).success).toBe(false);
    expect(SettingsPatch.safeParse({ ui: { language: 'fr' } }).success).toBe(false);
    expect(SettingsPatch.safeParse({ ui: { theme: 'dark' } }).success).toBe(false);
  });
});
