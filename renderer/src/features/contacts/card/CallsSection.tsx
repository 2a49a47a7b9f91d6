import { useTranslation } from 'react-i18next';
import type { CallLogEntry } from '../../../../../common/crm';
import type { DialSubject } from '../../../../../common/dialer/dial-subject';
import { crm } from '../crmApi';
import { formatPhone } from '../formatPhone';
import { formatTime } from '../formatTime';
import { DISPOSITIONS, outcomeLabel } from '../list/outcomes';
import type { CardState } from './useCard';
import { DialableNumber } from '../../dialer/DialableNumber';

type Props = {
  contactId: number;
  calls: CallLogEntry[];
  /** the contact's phones as masked (a masked campaign's customer); null = numbers are shown */
  maskedPhones: string[] | null;
} & Pick<CardState, 'edit' | 'busy'>;

/** A masked call is redialled through the contact phone it went to, resolved in main. */
function subjectOf(call: CallLogEntry, contactId: number, maskedPhones: string[] | null): DialSubject {
  if (maskedPhones === null) return { number: call.number };
  const phoneIndex = maskedPhones.indexOf(call.number);
  return { contactId, phoneIndex: phoneIndex < 0 ? 0 : phoneIndex };
}

/** Call history, newest first, with the agent's disposition settable per call. */
export function CallsSection({ contactId, calls, maskedPhones, edit, busy }: Props) {
  const { t, i18n } = useTranslation();
  const sorted = [...calls].sort((a, b) => b.startedAt - a.startedAt);
  return (
    <section aria-labelledby="card-calls">
      <h3 id="card-calls">{t('contacts.card.calls')}</h3>
      {sorted.length === 0 ? (
        <p className="muted">{t('contacts.card.noCalls')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('contacts.card.callTime')}</th>
              <th scope="col">{t('contacts.card.callNumber')}</th>
              <th scope="col">{t('contacts.card.callOutcome')}</th>
              <th scope="col">{t('contacts.card.disposition')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((c) => (
              <tr key={c.id}>
                <td>{formatTime(c.startedAt, i18n.language)} {t(`contacts.card.${c.direction}`)}</td>
                <td>
                  <DialableNumber subject={subjectOf(c, contactId, maskedPhones)} context={{ contactId, maskNumbers: maskedPhones !== null }} display={maskedPhones ? c.number : formatPhone(c.number)} testId="card-call-dial" />
                </td>
                <td>{c.outcome ? outcomeLabel(t, c.outcome) : ''}</td>
                <td>
                  <select
                    aria-label={t('contacts.card.disposition')}
                    value={c.disposition ?? ''}
                    disabled={busy}
                    onChange={(e) => e.target.value && void edit(() => crm.setDisposition({ contactId, callId: c.id, disposition: e.target.value }), 'contacts.card.dispositionFailed')}
                  >
                    <option value="">{t('contacts.card.chooseDisposition')}</option>
                    {c.disposition && !(DISPOSITIONS as readonly string[]).includes(c.disposition) && <option value={c.disposition}>{c.disposition}</option>}
                    {DISPOSITIONS.map((d) => (
                      <option key={d} value={d}>{outcomeLabel(t, d)}</option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
