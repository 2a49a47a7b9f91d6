// How the last call ended, and why when it failed: stays until the next dial.
import { useTranslation } from 'react-i18next';
import { usePlacedCall } from '../../phone/call-context';
import type { LineCall } from '../../phone/line-call';
import { problemText, sipProblem } from '../../phone/problem';
import { usePhone } from '../../phone/phone-store';
import { formatDuration } from './call-timer';
import { cardNumber } from './card-number';

export function LastCall() {
  const call = usePhone((s) => s.lastEnded);
  return call ? <Ended call={call} /> : null;
}

function Ended({ call }: { call: LineCall }) {
  const { t } = useTranslation();
  const number = cardNumber(call, usePlacedCall(call)); // as the call card showed it
  const talked = call.answeredAt !== undefined && call.endedAt !== undefined ? formatDuration(call.endedAt - call.answeredAt) : undefined;
  return (
    <section className="last-call" aria-labelledby="last-call-title" data-testid="last-call">
      <h2 id="last-call-title">{t('call.lastTitle')}</h2>
      <p>
        <span className="call-number">{number || t('call.unknown')}</span> · {t(`call.end.${call.endReason ?? 'failed'}`)}
        {talked && <> · {t('call.talked', { duration: talked })}</>}
      </p>
      {call.failure && (
        <p className="error" data-testid="last-call-reason">
          {problemText(sipProblem(call.failure, 'call.hintRetry'))}
        </p>
      )}
      {call.cause && <p className="muted">{t('call.gatewayCause', { cause: call.cause })}</p>}
    </section>
  );
}
