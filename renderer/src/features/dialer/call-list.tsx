// All live calls, each with its card. A second inbound call while talking is "call waiting".
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { LineCall } from '../../phone/line-call';
import { allCalls, usePhone } from '../../phone/phone-store';

import { CallCard } from './call-card';

function partnerOf(call: LineCall, calls: readonly LineCall[]): LineCall | undefined {
  if (call.via !== 'sip') return undefined;
  return calls.find((c) => c !== call && c.via === 'sip' && (c.state === 'connected' || c.state === 'held'));
}

export function CallList() {
  const { t } = useTranslation();
  const calls = usePhone(useShallow(allCalls));
  const talking = calls.some((c) => c.state === 'connected' || c.state === 'held');
  if (calls.length === 0) {
    return (
      <p className="no-calls muted" data-testid="no-calls">
        {t('call.none')}
      </p>
    );
  }
  return (
    <div className="call-list">
      {calls.map((call) => (
        <CallCard key={call.key} call={call} partner={partnerOf(call, calls)} waiting={call.state === 'ringing' && talking} />
      ))}
    </div>
  );
}
