// Search box and filters above the list. The query is debounced by the caller.
import { useTranslation } from 'react-i18next';
import type { ListDto } from '../../../../../common/crm';
import type { ContactFilters } from './filters';
import { OUTCOME_FILTERS, outcomeLabel } from '../parts/outcomes';

export function ContactFilterBar({ value, lists, onChange }: { value: ContactFilters; lists: readonly ListDto[]; onChange(next: ContactFilters): void }) {
  const { t, i18n } = useTranslation();
  const set = <K extends keyof ContactFilters>(k: K, v: ContactFilters[K]) => onChange({ ...value, [k]: v });
  return (
    <div className="contact-filters" role="search">
      <label className="field grow">
        <span>{t('contacts.search')}</span>
        <input type="search" value={value.query} maxLength={100} placeholder={t('contacts.searchPlaceholder')} onChange={(e) => set('query', e.target.value)} data-testid="contact-search" />
      </label>
      <label className="field narrow">
        <span>{t('contacts.filterTag')}</span>
        <input type="text" value={value.tag} maxLength={64} onChange={(e) => set('tag', e.target.value)} data-testid="contact-filter-tag" />
      </label>
      <label className="field">
        <span>{t('contacts.filterOutcome')}</span>
        <select value={value.lastOutcome} onChange={(e) => set('lastOutcome', e.target.value)} data-testid="contact-filter-outcome">
          <option value="">{t('contacts.any')}</option>
          {OUTCOME_FILTERS.map((o) => (
            <option key={o} value={o}>
              {outcomeLabel(t, o)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('contacts.filterList')}</span>
        <select value={value.listId} onChange={(e) => set('listId', e.target.value)} data-testid="contact-filter-list">
          <option value="">{t('contacts.allLists')}</option>
          {lists.map((l) => (
            <option key={l.id} value={String(l.id)}>
              {t('contacts.listOption', { name: l.name, size: l.size.toLocaleString(i18n.language) })}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={value.followUpDue} onChange={(e) => set('followUpDue', e.target.checked)} data-testid="contact-filter-due" />
        <span>{t('contacts.filterDue')}</span>
      </label>
    </div>
  );
}
