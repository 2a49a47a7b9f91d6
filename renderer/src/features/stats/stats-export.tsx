// Writes the board as CSV or XLSX where the diagnostics bundle goes (Downloads in Electron) and says where.
import { uiLanguageOf } from '../../i18n';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatsQueryInput } from '../../../../common/stats';
import { getBridge, unwrap } from '../../platform/page-bridge';
import { errorText } from '../../ui-shared/error-text';

export function StatsExport({ query }: { query: StatsQueryInput | null }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: true; path: string } | { ok: false; text: string }>();
  const run = async (format: 'csv' | 'xlsx') => {
    if (!query) return;
    setBusy(true);
    setResult(undefined);
    try {
      const language = uiLanguageOf(i18n.language);
      const { path } = await unwrap(getBridge().api.stats.export({ query, format, language }));
      setResult({ ok: true, path });
    } catch (error) {
      setResult({ ok: false, text: errorText(t, error, 'stats.export.failed') });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="stats-export">
      <button type="button" disabled={busy || !query} onClick={() => void run('csv')} data-testid="stats-export-csv">
        {t('stats.export.csv')}
      </button>
      <button type="button" disabled={busy || !query} onClick={() => void run('xlsx')} data-testid="stats-export-xlsx">
        {t('stats.export.xlsx')}
      </button>
      {result?.ok === true && (
        <p role="status" className="ok" data-testid="stats-export-result">
          {t('stats.export.saved')} <code>{result.path}</code>
        </p>
      )}
      {result?.ok === false && (
        <p role="alert" className="error" data-testid="stats-export-result">
          {result.text}
        </p>
      )}
    </div>
  );
}
