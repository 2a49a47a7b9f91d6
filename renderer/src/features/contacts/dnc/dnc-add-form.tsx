import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DncReason } from '../../../../../common/crm';
import type { DncEntry } from '../../../../../common/crm';
import { IpcCallError } from '../../../platform/page-bridge';
import { crm } from '../parts/crm-api';
import { errorText } from '../../../ui-shared/error-text';

/** Adds a number to the do-not-call list; main normalises it, so any format the agent types works. */
export function DncAddForm({ onAdded }: { onAdded(entry: DncEntry): void }) {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const [reason, setReason] = useState<DncReason>('refused');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(undefined);
    setBusy(true);
    try {
      onAdded(await crm.dncAdd({ number: number.trim(), reason, note: note.trim(), source: 'agent' }));
      setNumber('');
      setNote('');
    } catch (err) {
      setError(err instanceof IpcCallError && err.code === 'INVALID_INPUT' ? t('dnc.invalidNumber', { number: number.trim() }) : errorText(t, err, 'dnc.addFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="inline-form wrap" onSubmit={submit} aria-labelledby="dnc-add-title">
      <h3 id="dnc-add-title" className="sr-only">{t('dnc.add')}</h3>
      <label className="field">
        <span>{t('dnc.number')}</span>
        <input
          value={number}
          required
          maxLength={40}
          inputMode="tel"
          aria-invalid={error !== undefined}
          aria-describedby={error ? 'dnc-add-error' : undefined}
          placeholder={t('dnc.numberPlaceholder')}
          onChange={(e) => setNumber(e.target.value)}
          data-testid="dnc-number"
        />
      </label>
      <label className="field">
        <span>{t('dnc.reason')}</span>
        <select value={reason} onChange={(e) => setReason(e.target.value as DncReason)} data-testid="dnc-reason">
          {DncReason.options.map((r) => (
            <option key={r} value={r}>{t(`dnc.reasons.${r}`)}</option>
          ))}
        </select>
      </label>
      <label className="field grow">
        <span>{t('dnc.note')}</span>
        <input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} data-testid="dnc-note" />
      </label>
      <button type="submit" className="primary" disabled={busy || !number.trim()} data-testid="dnc-add">{t('dnc.add')}</button>
      {error && (
        <p id="dnc-add-error" role="alert" className="error full" data-testid="dnc-error">
          {error}
        </p>
      )}
    </form>
  );
}
