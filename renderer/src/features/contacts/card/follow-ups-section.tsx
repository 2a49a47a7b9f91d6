import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpDto } from '../../../../../common/crm';
import { crm } from '../parts/crm-api';
import { formatTime } from '../../../ui-shared/format-time';
import type { CardState } from './use-card';

/** <input type=datetime-local> value (local time) for a moment. */
function localInputValue(ms: number): string {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

export function FollowUpsSection({ contactId, followUps, edit, busy }: { contactId: number; followUps: FollowUpDto[] } & Pick<CardState, 'edit' | 'busy'>) {
  const { t, i18n } = useTranslation();
  const [due, setDue] = useState(() => localInputValue(Date.now() + 24 * 3600_000));
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const schedule = async (e: React.FormEvent) => {
    e.preventDefault();
    const dueAt = new Date(due).getTime();
    setInvalid(Number.isNaN(dueAt));
    if (Number.isNaN(dueAt)) return;
    if (await edit(() => crm.scheduleFollowUp({ contactId, dueAt, reason }), 'contacts.card.followUpFailed')) setReason('');
  };
  const open = followUps.filter((f) => f.doneAt === null).sort((a, b) => a.dueAt - b.dueAt);
  const done = followUps.filter((f) => f.doneAt !== null);
  const now = Date.now();
  return (
    <section aria-labelledby="card-followups">
      <h3 id="card-followups">{t('contacts.card.followUps')}</h3>
      <form className="inline-form wrap" onSubmit={schedule}>
        <label className="field">
          <span>{t('contacts.card.dueAt')}</span>
          <input type="datetime-local" value={due} required aria-invalid={invalid} onChange={(e) => setDue(e.target.value)} data-testid="card-followup-due" />
        </label>
        <label className="field grow">
          <span>{t('contacts.card.reason')}</span>
          <input value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} data-testid="card-followup-reason" />
        </label>
        <button type="submit" disabled={busy} data-testid="card-followup-add">{t('contacts.card.schedule')}</button>
      </form>
      {invalid && <p className="error" role="alert">{t('contacts.card.dueInvalid')}</p>}
      <ul className="followups" data-testid="card-followups">
        {open.map((f) => (
          <li key={f.id} className={f.dueAt <= now ? 'overdue' : undefined}>
            <time>{formatTime(f.dueAt, i18n.language)}</time> <span className="followup-reason">{f.reason}</span>
            {f.dueAt <= now && <span className="badge warn">{t('contacts.card.due')}</span>}
            <button type="button" disabled={busy} onClick={() => void edit(() => crm.completeFollowUp({ contactId, id: f.id, doneAt: Date.now() }), 'contacts.card.followUpFailed')}>
              {t('contacts.card.complete')}
            </button>
          </li>
        ))}
        {done.map((f) => (
          <li key={f.id} className="muted">
            <s>
              <time>{formatTime(f.dueAt, i18n.language)}</time> <span>{f.reason}</span>
            </s>{' '}
            {t('contacts.card.doneAt', { time: formatTime(f.doneAt!, i18n.language) })}
          </li>
        ))}
        {followUps.length === 0 && <li className="muted">{t('contacts.card.noFollowUps')}</li>}
      </ul>
    </section>
  );
}
