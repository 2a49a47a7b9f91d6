// A gateway line that cannot carry speech (issue 17: firmware without voice) is marked in the line picker:
// "signalling only" after its state, with the reason and what to do; a voice line reads as before.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GatewayLine } from '../../../../../../common/devices/gateway-api';
import { lineState } from '../../../../../../renderer/src/features/dialer/line-state';
import type { LineOption } from '../../../../../../renderer/src/features/dialer/use-lines';
import { messages } from '../../../../../../renderer/src/i18n';

const option = (gateway: Partial<GatewayLine>): LineOption => ({
  ref: { via: 'gateway', id: 'gsm:1' },
  kind: 'gateway',
  label: 'E1752',
  enabled: true,
  gateway: { id: 'gsm:1', kind: 'gsm', state: 'online', ...gateway },
});

describe.each(['zh-CN', 'en'] as const)('%s gateway line state', (language) => {
  const i18n = i18next.createInstance();
  beforeAll(async () => {
    await i18n.init({ lng: language, resources: { [language]: { translation: messages[language] } } });
  });
  const t = i18n.t.bind(i18n);

  it('a voice line: its state only, no reason', () => {
    expect(lineState(option({ voice: 'voice' }), t, language)).toEqual({ text: t('phone.gatewayState.online'), tone: 'ok' });
  });

  it('a signalling-only line: marked, warned, with the reason and what to do', () => {
    const state = lineState(option({ voice: 'signallingOnly', voiceReason: 'noVoiceFirmware' }), t, language);
    expect(state.text).toBe(`${t('phone.gatewayState.online')} · ${t('phone.gatewayVoice.signallingOnly')}`);
    expect(state.tone).toBe('warn');
    expect(state.reason).toBe(t('phone.gatewayVoice.reason.noVoiceFirmware'));
    expect(state.hint).toMatch(/AT\^CVOICE=0/);
  });

  it('an offline signalling-only line stays bad', () => {
    expect(lineState(option({ state: 'offline', voice: 'signallingOnly', voiceReason: 'noVoiceClass' }), t, language).tone).toBe('bad');
  });
});
