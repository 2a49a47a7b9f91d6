import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteDto } from '../../../../../common/crm';
import { crm } from '../parts/crm-api';
import { formatTime } from '../../../ui-shared/format-time';
import type { CardState } from './use-card';

/** Notes, newest first; the body is user text and is rendered as text (pre-wrap keeps line breaks). */
export function NotesSection({ contactId, notes, edit, busy }: { contactId: number; notes: NoteDto[] } & Pick<CardState, 'edit' | 'busy'>) {
  const { t, i18n } = useTranslation();
  const [body, setBody] = useState('');
  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    if (await edit(() => crm.addNote({ contactId, body }), 'contacts.card.noteFailed')) setBody('');
  };
  const sorted = [...notes].sort((a, b) => b.createdAt - a.createdAt);
  return (
    <section aria-labelledby="card-notes">
      <h3 id="card-notes">{t('contacts.card.notes')}</h3>
      <form className="stack-form" onSubmit={add}>
        <label htmlFor="card-note-input" className="sr-only">{t('contacts.card.addNote')}</label>
        <textarea id="card-note-input" rows={3} maxLength={10_000} value={body} placeholder={t('contacts.card.notePlaceholder')} onChange={(e) => setBody(e.target.value)} data-testid="card-note-input" />
        <button type="submit" disabled={busy || !body.trim()} data-testid="card-note-add">{t('contacts.card.addNote')}</button>
      </form>
      <ul className="notes" data-testid="card-notes">
        {sorted.map((n) => (
          <li key={n.id}>
            <time className="muted">{formatTime(n.createdAt, i18n.language)}</time>
            <p className="note-body">{n.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
