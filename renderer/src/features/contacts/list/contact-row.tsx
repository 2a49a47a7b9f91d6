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
  const cells = (c: ContactSummary): [string, string][] => [
    ['c-name', c.name || t('contacts.noName')],
    ['c-phone', c.masked ? (c.primaryPhone ?? '') : formatPhone(c.primaryPhone, undefined, t('contacts.ext'))],
    ['c-company', c.company],
    ['c-tags', c.tags.join(t('contacts.tagSeparator'))],
    ['c-outcome', c.lastOutcome ? outcomeLabel(t, c.lastOutcome) : ''],
    ['c-follow', c.nextFollowUpAt ? formatTime(c.nextFollowUpAt, i18n.language) : ''],
  ];
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
        // a cell too long for its column ends in …; its title tells all of it. Text, never a dial link:
        // numbers are dialled from the card, which leaves out those on the DNC list
        cells(contact).map(([className, text]) =>
          className === 'c-phone' ? (
            <span key={className} className={className} title={text || undefined}>
              <span className="c-number">{text}</span>
              {contact.dnc && (
                <span className="badge badge-bad" title={t('contacts.rowDncHint')} data-testid="contact-row-dnc">
                  {t('contacts.rowDnc')}
                </span>
              )}
            </span>
          ) : (
            <span key={className} className={className} title={text || undefined}>
              {text}
            </span>
          ),
        )
      ) : (
        <span className="c-loading muted">{t('contacts.loadingRow')}</span>
      )}
    </div>
  );
}
