// One line's state as a short translated word, a tone for its colour and, for SIP, the reason.
import type { TFunction } from 'i18next';
import { problemHint, problemText } from '../../phone/problem';
import { formatSipMessage } from '../../../../common/sip/messages';
import type { LineOption } from './use-lines';

export type Tone = 'ok' | 'warn' | 'bad' | 'off';

export interface LineStateText {
  text: string;
  tone: Tone;
  /** why it is not usable */
  reason?: string;
  /** what to do about it */
  hint?: string;
}

export function lineState(line: LineOption, t: TFunction, language: string): LineStateText {
  if (!line.enabled && line.kind === 'sip') return { text: t('phone.state.disabled'), tone: 'off' };
  if (line.kind === 'gateway') {
    const g = line.gateway;
    const signal = g.signalDbm == null ? '' : ` · ${t('phone.signal', { dbm: g.signalDbm })}`;
    const tone: Tone = g.state === 'online' ? 'ok' : g.state === 'initialising' ? 'warn' : 'bad';
    const text = `${t(`phone.gatewayState.${g.state}`)}${signal}`;
    // a signalling-only line still dials and sends SMS, but nobody can talk on it: said with its state
    if (g.voice === 'signallingOnly') {
      const reason = g.voiceReason ?? 'unreadableAnswer';
      return {
        text: `${text} · ${t('phone.gatewayVoice.signallingOnly')}`,
        tone: tone === 'ok' ? 'warn' : tone,
        reason: t(`phone.gatewayVoice.reason.${reason}`),
        hint: t(`phone.gatewayVoice.hint.${reason}`),
      };
    }
    return { text, tone };
  }
  if (line.problem) return { text: t('phone.state.failed'), tone: 'bad', reason: problemText(line.problem), hint: problemHint(line.problem) };
  const view = line.view;
  if (!view) return { text: t('phone.state.starting'), tone: 'warn' };
  const tone: Tone = view.registration === 'registered' ? 'ok' : view.registration === 'failed' ? 'bad' : 'warn';
  const locale = language === 'zh-CN' ? 'zh-CN' : 'en';
  const reason = view.reason ? formatSipMessage(view.reason, locale) : undefined;
  const hint = view.registration === 'failed' ? t('phone.hintRegistration') : undefined;
  return { text: t(`phone.state.${view.registration}`), tone, ...(reason ? { reason } : {}), ...(hint ? { hint } : {}) };
}
