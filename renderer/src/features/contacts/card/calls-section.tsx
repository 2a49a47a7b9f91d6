import { useTranslation } from 'react-i18next';
import type { CallLogEntry } from '../../../../../common/crm';
import type { DialSubject } from '../../../../../common/dialer/dial-subject';
import { crm } from '../parts/crm-api';
import { formatPhone } from '../../../ui-shared/format-phone';
import { formatTime } from '../../../ui-shared/format-time';
import { DISPOSITIONS, outcomeLabel } from '../parts/outcomes';
import type { CardState } from './use-card';
import { DataTable, type Column } from '../../../ui-shared/data-table';
import { DialableNumber } from '../../dialer/dialable-number';

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
  const columns: Column<CallLogEntry>[] = [
    { key: 'time', header: t('contacts.card.callTime'), cell: (c) => <>{formatTime(c.startedAt, i18n.language)} {t(`contacts.card.${c.direction}`)}</> },
    {
      key: 'number',
      header: t('contacts.card.callNumber'),
      cell: (c) => (
        <DialableNumber subject={subjectOf(c, contactId, maskedPhones)} context={{ contactId, maskNumbers: maskedPhones !== null }} display={maskedPhones ? c.number : formatPhone(c.number)} testId="card-call-dial" />
      ),
    },
    { key: 'outcome', header: t('contacts.card.callOutcome'), cell: (c) => (c.outcome ? outcomeLabel(t, c.outcome) : '') },
    {
      key: 'disposition',
      header: t('contacts.card.disposition'),
      cell: (c) => (
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
      ),
    },
  ];
  return (
    <section aria-labelledby="card-calls">
      <h3 id="card-calls">{t('contacts.card.calls')}</h3>
      <DataTable columns={columns} rows={sorted} rowKey={(c) => c.id} empty={{ message: t('contacts.card.noCalls') }} />
    </section>
  );
}
