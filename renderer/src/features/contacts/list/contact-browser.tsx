// Search + filters, the virtualised list and the open contact's card side by side.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactCardPanel } from '../card/contact-card-panel';
import { ErrorLine } from '../../../ui-shared/error-line';
import { errorText } from '../../../ui-shared/error-text';
import { useDebounced } from './use-debounced';
import { ContactFilterBar } from './contact-filter-bar';
import { ContactList } from './contact-list';
import { useCallLists } from './use-call-lists';
import { noFilters, toSearchRequest, type ContactFilters } from './filters';
import { useContactPages } from './use-contact-pages';

export function ContactBrowser({ onImport }: { onImport(): void }) {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<ContactFilters>(noFilters);
  const [openId, setOpenId] = useState<number | null>(null);
  const settled = useDebounced(filters, 250);
  const request = useMemo(() => toSearchRequest(settled), [settled]);
  const pages = useContactPages(request);
  const callLists = useCallLists();
  const { reload } = pages;
  const onEdited = useCallback(() => reload(), [reload]);
  const filtered = JSON.stringify(settled) !== JSON.stringify(noFilters);

  const total =
    pages.total === null ? t('contacts.counting') : t(pages.exact ? 'contacts.total' : 'contacts.totalAtLeast', { total: pages.total.toLocaleString(i18n.language) });

  return (
    <div className="contact-browser">
      <div className="contact-main">
        <ContactFilterBar value={filters} lists={callLists.lists} onChange={setFilters} />
        <ErrorLine message={callLists.error ? errorText(t, callLists.error, 'contacts.listsFailed') : undefined} testId="contact-lists-error" />
        <p className="muted" aria-live="polite" data-testid="contact-total" data-query={pages.total === null ? undefined : settled.query}>{total}</p>
        <ErrorLine message={pages.error ? errorText(t, pages.error, 'contacts.searchFailed') : undefined} />
        {pages.total === 0 && !filtered ? (
          <div className="empty-state">
            <p className="empty-message">{t('contacts.empty')}</p>
            <p className="empty-hint">{t('contacts.emptyHint')}</p>
            <button type="button" className="primary" onClick={onImport} data-testid="contacts-empty-import">{t('contacts.importNow')}</button>
          </div>
        ) : pages.total === 0 ? (
          <p className="muted" data-testid="contact-none">{t('contacts.noMatch')}</p>
        ) : (
          <ContactList pages={pages} openId={openId} onOpen={setOpenId} />
        )}
      </div>
      {openId !== null && <ContactCardPanel key={openId} id={openId} onClose={() => setOpenId(null)} onEdited={onEdited} />}
    </div>
  );
}
