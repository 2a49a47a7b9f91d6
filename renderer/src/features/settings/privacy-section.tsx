// The agent's side of privacy calls: their own number (A of every AXB binding) and how long bindings
// live. The server address, pool and signing key are set in Setup.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../ui-shared/app-store';
import { useSaveSettings } from './use-save-settings';

export function PrivacySection() {
  const { t } = useTranslation();
  const binding = useApp((s) => s.settings?.binding);
  const { save, error } = useSaveSettings();
  const [agentNumber, setAgentNumber] = useState('');
  const [expires, setExpires] = useState(1800);
  const [release, setRelease] = useState(300);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (!binding) return;
    setAgentNumber(binding.agentNumber);
    setExpires(binding.expiresInSeconds);
    setRelease(binding.releaseAfterCallSeconds);
  }, [binding]);
  if (!binding) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(await save({ binding: { agentNumber: agentNumber.trim(), expiresInSeconds: expires, releaseAfterCallSeconds: release } }));
  };
  return (
    <form onSubmit={(e) => void submit(e)} data-testid="privacy-settings">
      <h2>{t('privacy.settings.title')}</h2>
      <p className="muted">{t('privacy.settings.intro')}</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <label className="field">
        <span>{t('privacy.settings.agentNumber')}</span>
        <input value={agentNumber} onChange={(e) => setAgentNumber(e.target.value)} inputMode="tel" maxLength={32} autoComplete="off" data-testid="privacy-agent-number" />
        <small className="muted">{t('privacy.settings.agentNumberHint')}</small>
      </label>
      <label className="field">
        <span>{t('privacy.settings.expires')}</span>
        <input type="number" min={60} max={604800} value={expires} onChange={(e) => setExpires(Number(e.target.value))} />
      </label>
      <label className="field">
        <span>{t('privacy.settings.release')}</span>
        <input type="number" min={0} max={86400} value={release} onChange={(e) => setRelease(Number(e.target.value))} />
      </label>
      <button type="submit" data-testid="privacy-save">
        {t('privacy.settings.save')}
      </button>
      {saved && <span className="muted"> {t('privacy.settings.saved')}</span>}
    </form>
  );
}
