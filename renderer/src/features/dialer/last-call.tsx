// How the last call ended, and why when it failed: stays until the next dial. After a manual call the
// customer answered, 加入勿扰名单 blocks the number dialled (a campaign's call has it in its wrap-up).
import { useTranslation } from 'react-i18next';
import { usePlacedCall } from '../../phone/call-context';
import type { LineCall } from '../../phone/line-call';
import { automaticOutcomeOf, outcomeOf } from '../../phone/outcome';
import { problemText, sipProblem } from '../../phone/problem';
import { usePhone } from '../../phone/phone-store';
import { formatDuration } from './call-timer';
import { cardNumber } from './card-number';
import { dncSubjectOf } from './dnc-subject';
import { LastCallDnc } from './last-call-dnc';

export function LastCall() {
  const call = usePhone((s) => s.lastEnded);
  return call ? <Ended call={call} /> : null;
}

function Ended({ call }: { call: LineCall }) {
  const { t } = useTranslation();
  const placed = usePlacedCall(call);
  const number = cardNumber(call, placed); // as the call card showed it
  const dncSubject = dncSubjectOf(call, placed);
  const talked = call.answeredAt !== undefined && call.endedAt !== undefined ? formatDuration(call.endedAt - call.answeredAt) : undefined;
  // an unanswered dial says what happened on the wire (busy, invalid number, not placed…), not how the
  // session ended (a 503 from our own server is no rejection by the customer); a talk says who ended it
  const unanswered = call.direction === 'outbound' && call.answeredAt === undefined;
  const notPlaced = unanswered ? automaticOutcomeOf(call).notPlaced : undefined;
  const label = unanswered ? t(`contacts.outcome.${outcomeOf(call)}`) : t(`call.end.${call.endReason ?? 'failed'}`);
  return (
    <section className="last-call" aria-labelledby="last-call-title" data-testid="last-call">
      <h2 id="last-call-title">{t('call.lastTitle')}</h2>
      <p>
        <span className="call-number">{number || t('call.unknown')}</span> · <span data-testid="last-call-outcome">{label}</span>
        {talked && <> · {t('call.talked', { duration: talked })}</>}
      </p>
      {notPlaced ? (
        <p className="error" data-testid="last-call-reason">
          {t(`call.notPlaced.${notPlaced}`)}
        </p>
      ) : (
        call.failure && (
          <p className="error" data-testid="last-call-reason">
            {problemText(sipProblem(call.failure, 'call.hintRetry'))}
          </p>
        )
      )}
      {call.cause && <p className="muted">{t('call.gatewayCause', { cause: call.cause })}</p>}
      {dncSubject && <LastCallDnc key={`${call.key}@${call.createdAt}`} subject={dncSubject} />}
    </section>
  );
}
