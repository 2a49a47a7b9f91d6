// The do-not-call list: add, page through (keyset on the number key), remove.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DncEntry } from '../../../../../common/crm';
import { crm } from '../parts/crm-api';
import { ErrorLine } from '../../../ui-shared/error-line';
import { errorText } from '../../../ui-shared/error-text';
import { formatPhone } from '../../../ui-shared/format-phone';
import { formatTime } from '../../../ui-shared/format-time';
import { DataTable, type Column } from '../../../ui-shared/data-table';
import { DncAddForm } from './dnc-add-form';

const PAGE = 100;

/** A stored key is E.164 with an optional ";ext=" part; show it the way agents read numbers. */
function keyLabel(key: string, ext: string): string {
  const [e164, extension] = key.split(';ext=');
  return formatPhone(e164, extension, ext);
}

export function DncPanel() {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState<DncEntry[]>([]);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');

  const load = useCallback(
    async (afterKey: string) => {
      try {
        const page = await crm.dncList({ afterKey, limit: PAGE });
        setEntries((prev) => (afterKey ? [...prev, ...page] : page));
        setMore(page.length === PAGE);
      } catch (e) {
        setError(errorText(t, e, 'dnc.loadFailed'));
      }
    },
    [t],
  );
  useEffect(() => void load(''), [load]);

  const remove = async (entry: DncEntry) => {
    setError(undefined);
    try {
      await crm.dncRemove({ number: entry.phoneKey });
      setEntries((prev) => prev.filter((e) => e.phoneKey !== entry.phoneKey));
      setStatus(t('dnc.removed', { number: keyLabel(entry.phoneKey, t('contacts.ext')) }));
    } catch (e) {
      setError(errorText(t, e, 'dnc.removeFailed'));
    }
  };
  const added = (entry: DncEntry) => {
    setEntries((prev) => [...prev.filter((e) => e.phoneKey !== entry.phoneKey), entry].sort((a, b) => (a.phoneKey < b.phoneKey ? -1 : 1)));
    setStatus(t('dnc.added', { number: keyLabel(entry.phoneKey, t('contacts.ext')) }));
  };

  const columns: Column<DncEntry>[] = [
    { key: 'number', header: t('dnc.number'), className: 'phone', cell: (e) => keyLabel(e.phoneKey, t('contacts.ext')) },
    { key: 'reason', header: t('dnc.reason'), cell: (e) => t(`dnc.reasons.${e.reason}`) },
    { key: 'note', header: t('dnc.note'), cell: (e) => e.note },
    { key: 'addedAt', header: t('dnc.addedAt'), cell: (e) => formatTime(e.createdAt, i18n.language) },
    {
      key: 'actions',
      header: t('dnc.actions'),
      headerHidden: true,
      cell: (e) => (
        <button type="button" onClick={() => void remove(e)} aria-label={t('dnc.removeLabel', { number: keyLabel(e.phoneKey, t('contacts.ext')) })}>
          {t('dnc.remove')}
        </button>
      ),
    },
  ];

  return (
    <section className="dnc" aria-labelledby="dnc-title" data-testid="dnc-panel">
      <h2 id="dnc-title">{t('dnc.title')}</h2>
      <p className="muted">{t('dnc.intro')}</p>
      <DncAddForm onAdded={added} />
      <p className="sr-only" aria-live="polite" data-testid="dnc-status">{status}</p>
      <ErrorLine message={error} />
      <DataTable
        columns={columns}
        rows={entries}
        rowKey={(e) => e.phoneKey}
        testId="dnc-table"
        empty={{ message: t('dnc.empty'), testId: 'dnc-empty' }}
        more={more ? { label: t('dnc.more'), onMore: () => void load(entries[entries.length - 1]!.phoneKey) } : undefined}
      />
    </section>
  );
}
