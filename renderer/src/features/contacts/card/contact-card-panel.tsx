// The contact card beside the list: who, numbers, imported columns, lists, then the editable parts.
import { useTranslation } from 'react-i18next';
import { formatPhone } from '../../../ui-shared/format-phone';
import { ErrorLine } from '../../../ui-shared/error-line';
import { CallsSection } from './calls-section';
import { FollowUpsSection } from './follow-ups-section';
import { NotesSection } from './notes-section';
import { TagEditor } from './tag-editor';
import { useCard } from './use-card';
import { crm } from '../parts/crm-api';
import { DialableNumber } from '../../dialer/dialable-number';

export function ContactCardPanel({ id, onClose, onEdited }: { id: number; onClose(): void; onEdited(): void }) {
  const { t } = useTranslation();
  const { card, error, busy, edit } = useCard(id, onEdited);
  const extra = card ? Object.entries(card.extra) : [];
  return (
    <aside className="contact-card" aria-labelledby="card-title" data-testid="contact-card" aria-busy={busy || !card}>
      <div className="card-head">
        <h2 id="card-title">{card ? card.name || t('contacts.noName') : t('contacts.card.loading')}</h2>
        <button type="button" onClick={onClose} aria-label={t('contacts.card.close')} data-testid="card-close">
          ×
        </button>
      </div>
      <ErrorLine message={error} testId="card-error" />
      {card && (
        <>
          {card.company && <p className="card-company">{card.company}</p>}
          <dl className="card-facts">
            <div className="fact">
              <dt>{t('contacts.card.phones')}</dt>
              <dd>
              <ul className="plain" data-testid="card-phones">
                {card.phones.map((p, phoneIndex) => (
                  <li key={p.e164 + (p.extension ?? '')}>
                    <span className="phone">
                      {p.dnc ? (
                        // on the do-not-call list: read, never dialled from here
                        <span className="call-number" data-testid="card-phone-dnc">{card.masked ? p.e164 : formatPhone(p.e164, p.extension, t('contacts.ext'))}</span>
                      ) : (
                        <DialableNumber subject={{ contactId: card.id, phoneIndex }} display={card.masked ? p.e164 : formatPhone(p.e164, p.extension, t('contacts.ext'))} testId="card-phone-dial" />
                      )}
                    </span>{' '}
                    <span className="muted">{t(`contacts.kind.${p.kind}`)}</span>
                    {p.dnc ? (
                      <>
                        {' '}
                        <span className="badge badge-bad" title={t('contacts.card.dncHint')}>
                          {t('contacts.card.dnc')}
                        </span>
                      </>
                    ) : (
                      <>
                        {' '}
                        <button
                          type="button"
                          className="link-button"
                          disabled={busy}
                          onClick={() => void edit(() => crm.dncAddPhone({ contactId: card.id, phoneIndex, reason: 'refused' }), 'contacts.card.dncFailed')}
                          data-testid="card-phone-add-dnc"
                        >
                          {t('contacts.card.addDnc')}
                        </button>
                      </>
                    )}
                  </li>
                ))}
              </ul>
              </dd>
            </div>
            {extra.map(([header, value]) => (
              <div key={header} className="fact">
                <dt>{header}</dt>
                <dd>{value}</dd>
              </div>
            ))}
            <div className="fact">
              <dt>{t('contacts.card.lists')}</dt>
              <dd>{card.lists.length ? card.lists.join('、') : <span className="muted">{t('contacts.card.noLists')}</span>}</dd>
            </div>
          </dl>
          <TagEditor contactId={card.id} tags={card.tags} edit={edit} busy={busy} />
          <NotesSection contactId={card.id} notes={card.notes} edit={edit} busy={busy} />
          <FollowUpsSection contactId={card.id} followUps={card.followUps} edit={edit} busy={busy} />
          <CallsSection contactId={card.id} calls={card.calls} maskedPhones={card.masked ? card.phones.map((p) => p.e164) : null} edit={edit} busy={busy} />
        </>
      )}
    </aside>
  );
}
