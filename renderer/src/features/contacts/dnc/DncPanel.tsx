// The do-not-call list: add, page through (keyset on the number key), remove.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DncEntry } from '../../../../../common/crm';
import { crm } from '../parts/crm-api';
import { ErrorLine } from '../../../shared/error-line';
import { errorText } from '../../../shared/error-text';
import { formatPhone } from '../../../shared/format-phone';
import { formatTime } from '../../../shared/format-time';
import { DncAddForm } from './DncAddForm';

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

  return (
    <section className="dnc" aria-labelledby="dnc-title" data-testid="dnc-panel">
      <h2 id="dnc-title">{t('dnc.title')}</h2>
      <p className="muted">{t('dnc.intro')}</p>
      <DncAddForm onAdded={added} />
      <p className="sr-only" aria-live="polite" data-testid="dnc-status">{status}</p>
      <ErrorLine message={error} />
      {entries.length === 0 ? (
        <p className="muted" data-testid="dnc-empty">{t('dnc.empty')}</p>
      ) : (
        <table className="data-table" data-testid="dnc-table">
          <thead>
            <tr>
              <th scope="col">{t('dnc.number')}</th>
              <th scope="col">{t('dnc.reason')}</th>
              <th scope="col">{t('dnc.note')}</th>
              <th scope="col">{t('dnc.addedAt')}</th>
              <th scope="col"><span className="sr-only">{t('dnc.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.phoneKey}>
                <td className="phone">{keyLabel(e.phoneKey, t('contacts.ext'))}</td>
                <td>{t(`dnc.reasons.${e.reason}`)}</td>
                <td>{e.note}</td>
                <td>{formatTime(e.createdAt, i18n.language)}</td>
                <td>
                  <button type="button" onClick={() => void remove(e)} aria-label={t('dnc.removeLabel', { number: keyLabel(e.phoneKey, t('contacts.ext')) })}>
                    {t('dnc.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {more && (
        <button type="button" onClick={() => void load(entries[entries.length - 1]!.phoneKey)}>{t('dnc.more')}</button>
      )}
    </section>
  );
}
