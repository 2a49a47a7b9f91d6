import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { crm } from '../parts/crm-api';
import type { CardState } from './use-card';

const SEPARATORS = /[,，;；、]+/;

/** Tags as removable chips plus an input (several at once: "意向,回访"). */
export function TagEditor({ contactId, tags, edit, busy }: { contactId: number; tags: string[] } & Pick<CardState, 'edit' | 'busy'>) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const save = (next: string[]) => edit(() => crm.setTags({ contactId, tags: [...new Set(next)] }), 'contacts.card.tagsFailed');
  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    const added = draft.split(SEPARATORS).map((s) => s.trim()).filter(Boolean);
    if (added.length && (await save([...tags, ...added]))) setDraft('');
  };
  return (
    <section aria-labelledby="card-tags">
      <h3 id="card-tags">{t('contacts.card.tags')}</h3>
      <ul className="chips" data-testid="card-tags">
        {tags.map((tag) => (
          <li key={tag} className="chip">
            <span>{tag}</span>
            <button type="button" className="chip-x" disabled={busy} aria-label={t('contacts.card.removeTag', { tag })} onClick={() => void save(tags.filter((x) => x !== tag))}>
              ×
            </button>
          </li>
        ))}
        {tags.length === 0 && <li className="muted">{t('contacts.card.noTags')}</li>}
      </ul>
      <form className="inline-form" onSubmit={add}>
        <label className="sr-only" htmlFor="card-tag-input">{t('contacts.card.addTag')}</label>
        <input id="card-tag-input" value={draft} maxLength={200} placeholder={t('contacts.card.tagPlaceholder')} onChange={(e) => setDraft(e.target.value)} data-testid="card-tag-input" />
        <button type="submit" disabled={busy || !draft.trim()}>{t('contacts.card.addTag')}</button>
      </form>
    </section>
  );
}
