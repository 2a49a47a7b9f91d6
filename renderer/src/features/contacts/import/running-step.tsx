// Step 4: rows imported so far, speed and time left, announced politely; Cancel rolls the import back.
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../../../../common/crm';
import { ProgressBar } from './progress-bar';

export function RunningStep({ progress, cancelling, onCancel }: { progress?: ImportProgress; cancelling: boolean; onCancel(): void }) {
  const { t, i18n } = useTranslation();
  const n = (x: number) => x.toLocaleString(i18n.language);
  const eta = progress?.etaMs != null ? Math.max(1, Math.round(progress.etaMs / 1000)) : null;
  return (
    <div className="wizard-step">
      <ProgressBar label={t('import.importProgress')} value={progress?.fraction ?? null} testId="import-progress" />
      <p aria-live="polite" aria-atomic="true" data-testid="import-status">
        {progress
          ? t('import.progress', { rows: n(progress.rows), imported: n(progress.imported), speed: n(Math.round(progress.rowsPerSecond)) })
          : t('import.starting')}
        {eta !== null && `${t('punctuation.sentenceGap')}${t('import.eta', { seconds: n(eta) })}`}
      </p>
      <button type="button" onClick={onCancel} disabled={cancelling} data-testid="import-cancel">
        {cancelling ? t('import.cancelling') : t('import.cancel')}
      </button>
      <p className="muted small">{t('import.cancelHint')}</p>
    </div>
  );
}
