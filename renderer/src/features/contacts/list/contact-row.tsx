import { useTranslation } from 'react-i18next';
import type { ContactSummary } from '../../../../../common/crm';
import { formatPhone } from '../../../ui-shared/format-phone';
import { formatTime } from '../../../ui-shared/format-time';
import { outcomeLabel } from '../parts/outcomes';

/** One option of the list; a placeholder while its page loads. Everything is rendered as text; a contact with a number on the DNC list is marked. */
export function ContactRow({ contact, index, setSize, active, selected, top, onPick }: {
  contact: ContactSummary | undefined;
  index: number;
  setSize: number;
  active: boolean;
  selected: boolean;
  top: number;
  onPick(index: number): void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <div
      id={`contact-row-${index}`}
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      className={`contact-row${active ? ' active' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onPick(index)}
      data-testid="contact-row"
    >
      {contact ? (
        <>
          <span className="c-name">{contact.name || t('contacts.noName')}</span>
          {/* text, never a dial link: numbers are dialled from the card, which leaves out those on the DNC list */}
          <span className="c-phone">
            <span className="c-number">{contact.masked ? contact.primaryPhone : formatPhone(contact.primaryPhone, undefined, t('contacts.ext'))}</span>
            {contact.dnc && (
              <span className="badge badge-bad" title={t('contacts.rowDncHint')} data-testid="contact-row-dnc">
                {t('contacts.rowDnc')}
              </span>
            )}
          </span>
          <span className="c-company">{contact.company}</span>
          <span className="c-tags">{contact.tags.join(t('contacts.tagSeparator'))}</span>
          <span className="c-outcome">{contact.lastOutcome ? outcomeLabel(t, contact.lastOutcome) : ''}</span>
          <span className="c-follow">{contact.nextFollowUpAt ? formatTime(contact.nextFollowUpAt, i18n.language) : ''}</span>
        </>
      ) : (
        <span className="c-loading muted">{t('contacts.loadingRow')}</span>
      )}
    </div>
  );
}
