import { useTranslation } from 'react-i18next';
import { ProgressBar } from './progress-bar';

/** Step 2: the file travels to main in chunks. */
export function UploadStep({ name, sent, size, onCancel }: { name: string; sent: number; size: number; onCancel(): void }) {
  const { t, i18n } = useTranslation();
  const mb = (n: number) => (n / 1024 / 1024).toLocaleString(i18n.language, { maximumFractionDigits: 1 });
  return (
    <div className="wizard-step">
      <p aria-live="polite" data-testid="upload-status">
        {t('import.uploading', { name, sent: mb(sent), size: mb(size) })}
      </p>
      <ProgressBar label={t('import.uploadProgress')} value={size ? sent / size : 1} testId="upload-progress" />
      <button type="button" onClick={onCancel}>{t('import.cancel')}</button>
    </div>
  );
}
