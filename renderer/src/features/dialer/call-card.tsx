// One call: who, on which line, its state (read out when it changes), its timer and its controls.
import { useTranslation } from 'react-i18next';
import { useApp } from '../../ui-shared/app-store';
import { accountSettings } from '../../phone/accounts';
import { usePlacedCall } from '../../phone/call-context';
import type { LineCall } from '../../phone/line-call';
import { CallControls } from './call-controls';
import { CallTimer } from './call-timer';
import { cardNumber } from './card-number';
import { PrivacyBadge } from './privacy-badge';
import { TransferForm } from './transfer-form';
import { useDialerUi } from './dialer-ui';

interface Props {
  call: LineCall;
  partner: LineCall | undefined;
  waiting: boolean;
}

export function CallCard({ call, partner, waiting }: Props) {
  const { t } = useTranslation();
  const account = useApp((s) => (call.via === 'sip' ? accountSettings(s.settings, call.lineId) : undefined));
  const transferOpen = useDialerUi((s) => s.transferFor === call.key);
  // a masked or privacy call shows its placed display, never the dialled string; grouped unless masked
  const placed = usePlacedCall(call);
  const number = cardNumber(call, placed);
  const stateKey = call.direction === 'inbound' && call.state === 'ringing' ? (waiting ? 'waiting' : 'incoming') : call.state;
  return (
    <article className={`call-card call-${call.state}`} aria-label={t('call.cardLabel', { number: number || t('call.unknown') })} data-testid="call-card" data-state={call.state}>
      <header className="call-head">
        <span className="call-direction">{t(call.direction === 'inbound' ? 'call.inbound' : 'call.outbound')}</span>
        <span className="call-number" data-testid="call-number">
          {call.name ? `${call.name} · ` : ''}
          {number || t('call.unknown')}
        </span>
        <span className="call-line muted">{call.via === 'sip' ? (account?.displayName ?? account?.user ?? call.lineId) : call.lineId}</span>
      </header>
      <p className="call-state" aria-live="polite" data-testid="call-state">
        {t(`call.state.${stateKey}`)}
        {call.muted && <span className="badge badge-bad" data-testid="call-muted"> {t('call.muted')}</span>}
        {call.recording && <span className="badge badge-bad"> {t('call.recording')}</span>}
        {call.conferenced && <span className="badge"> {t('call.conferenced')}</span>}
      </p>
      {placed?.binding && <PrivacyBadge binding={placed.binding} />}
      <CallTimer since={call.answeredAt ?? call.createdAt} />
      <CallControls call={call} partner={partner} waiting={waiting} recordingPolicy={account?.recording.policy ?? 'off'} />
      {transferOpen && <TransferForm call={call} />}
    </article>
  );
}
