import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getBridge, unwrap } from '../../../platform/page-bridge';
import { uiLanguageOf } from '../../../i18n';
import { errorSentence } from '../../../ui-shared/error-text';

// Writes the diagnostics zip (logs, settings without secrets, device inventory) and says where it is.
export function DiagnosticsBundle() {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: true; path: string; count: number } | { ok: false; text: string }>();
  const run = async () => {
    setBusy(true);
    try {
      // summary.txt inside is written in the UI language
      const { path, files } = await unwrap(getBridge().api.diagnostics.bundle({ language: uiLanguageOf(i18n.language) }));
      setResult({ ok: true, path, count: files.length });
    } catch (error) {
      setResult({ ok: false, text: t('wizard.diagnostics.failed', { message: errorSentence(t, error) }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="wizard-tool">
      <button type="button" onClick={() => void run()} disabled={busy} data-testid="diagnostics-bundle">
        {busy ? t('wizard.diagnostics.working') : t('wizard.diagnostics.make')}
      </button>
      <p className="muted">{t('wizard.diagnostics.hint')}</p>
      {result?.ok === true && (
        <p role="status" className="ok" data-testid="diagnostics-result">
          {t('wizard.diagnostics.saved', { count: result.count })} <code>{result.path}</code>
        </p>
      )}
      {result?.ok === false && (
        <p role="alert" className="error" data-testid="diagnostics-result">
          {result.text}
        </p>
      )}
    </div>
  );
}
