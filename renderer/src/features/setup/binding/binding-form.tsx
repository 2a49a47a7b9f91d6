import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../../ui-shared/app-store';
import { getBridge, unwrap } from '../../../platform/page-bridge';
import { errorSentence } from '../../../ui-shared/error-text';
import { runBindingCheck, type Hints } from './run-check';

// Address, key id, key secret (to the secret store, never to settings) and pool; "Save and check"
// stores them and asks the server itself.
export function BindingForm({ onHints }: { onHints(hints: Hints): void }) {
  const { t } = useTranslation();
  const id = useId();
  const saved = useApp((s) => s.settings?.binding);
  const [url, setUrl] = useState(saved?.url ?? '');
  const [keyId, setKeyId] = useState(saved?.keyId ?? '');
  const [secret, setSecret] = useState('');
  const [poolId, setPoolId] = useState(saved?.poolId ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setDone(false);
    try {
      const { api } = getBridge();
      try {
        await unwrap(api.settings.update({ binding: { url: url.trim(), keyId: keyId.trim(), poolId: poolId.trim() } }));
        if (secret) await unwrap(api.secrets.set({ key: `binding:${keyId.trim()}`, value: secret }));
      } catch (e) {
        setError(t('wizard.binding.saveFailed', { message: errorSentence(t, e) }));
        return;
      }
      setSecret('');
      onHints(await runBindingCheck(t, poolId.trim()));
      setDone(true);
    } finally {
      setBusy(false);
    }
  };

  const field = (name: string, label: string, value: string, set: (v: string) => void, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <label className="field" htmlFor={`${id}-${name}`}>
      <span>{label}</span>
      <input id={`${id}-${name}`} value={value} onChange={(e) => set(e.target.value)} autoComplete="off" data-testid={`binding-${name}`} {...extra} />
    </label>
  );

  return (
    <form className="wizard-block" onSubmit={(e) => void submit(e)} data-testid="binding-form">
      {field('url', t('wizard.binding.url'), url, setUrl, { placeholder: 'https://binding.example.com', inputMode: 'url', maxLength: 512 })}
      {field('keyId', t('wizard.binding.keyId'), keyId, setKeyId, { maxLength: 64 })}
      {field('secret', t('wizard.binding.secret'), secret, setSecret, { type: 'password', maxLength: 1024, placeholder: t('wizard.binding.secretKeep') })}
      {field('poolId', t('wizard.binding.poolId'), poolId, setPoolId, { maxLength: 64 })}
      <button type="submit" className="primary" disabled={busy} data-testid="binding-check">
        {busy ? t('wizard.binding.checking') : t('wizard.binding.check')}
      </button>
      {error && (
        <p role="alert" className="error" data-testid="binding-error">
          {error} {t('wizard.binding.saveFix')}
        </p>
      )}
      <p role="status" className="muted">
        {done ? t('wizard.binding.checked') : ''}
      </p>
    </form>
  );
}
