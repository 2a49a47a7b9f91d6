// Every value the screens show by name has a name in both languages, so no raw code such as
// "invalidNumber" or "harness" reaches an agent.
import { describe, expect, it } from 'vitest';
import { CallOutcome } from '../../../../../common/crm/contact-schemas';
import { PortProbe } from '../../../../../common/devices/probe-policy';
import { VOICE_REASONS } from '../../../../../common/at/voice-capability';
import { Runtime } from '../../../../../common/ipc/schemas';
import { messages } from '../../../../../renderer/src/i18n';

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
}

describe.each(['zh-CN', 'en'] as const)('%s labels', (language) => {
  const tree = messages[language];
  const keys = [
    ...CallOutcome.options.map((o) => `contacts.outcome.${o}`), // contact list "last outcome", card call history
    ...CallOutcome.options.map((o) => `recent.outcome.${o}`), // dialer recent calls
    ...Runtime.options.map((r) => `settings.runtime.${r}`), // Settings → About
    ...PortProbe.options.map((p) => `serialPorts.status.${p}`), // Settings / wizard port list
    'serialPorts.status.audioNoAt',
    'serialPorts.audioEnableIgnored',
    ...VOICE_REASONS.flatMap((r) => [`phone.gatewayVoice.reason.${r}`, `phone.gatewayVoice.hint.${r}`]), // wizard line card, line picker
    ...['voice', 'signallingOnly', 'unknown'].map((v) => `wizard.gateway.voice.${v}`),
    'contacts.tagSeparator',
    'app.pickFile',
  ];
  it.each(keys)('%s', (key) => {
    const value = lookup(tree, key);
    expect(typeof value).toBe('string');
    expect((value as string).length).toBeGreaterThan(0);
  });

  it('outcome names in the contact list match the recent-calls list where both exist', () => {
    // the same call outcome should not read differently on two screens (case aside in English)
    for (const o of ['invalidNumber', 'unreachable', 'cancelled'] as const) {
      expect(String(lookup(tree, `contacts.outcome.${o}`)).toLowerCase()).toBe(String(lookup(tree, `recent.outcome.${o}`)).toLowerCase());
    }
  });
});

it('names an audio port by its modem’s AT port, with full-width brackets in zh-CN', () => {
  expect(String(lookup(messages['zh-CN'], 'serialPorts.status.audio')).replace('{{at}}', '/dev/ttyUSB2')).toBe('语音端口（属于 /dev/ttyUSB2 的调制解调器）');
  expect(String(lookup(messages.en, 'serialPorts.status.audio')).replace('{{at}}', '/dev/ttyUSB2')).toBe('Audio port (of the modem on /dev/ttyUSB2)');
});

it('zh-CN separates tags with the enumeration comma, English with a comma and space', () => {
  expect(lookup(messages['zh-CN'], 'contacts.tagSeparator')).toBe('、');
  expect(lookup(messages.en, 'contacts.tagSeparator')).toBe(', ');
});
