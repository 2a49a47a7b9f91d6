import { useTranslation } from 'react-i18next';
import { FilePick } from '../../../ui-shared/file-pick';
import { crmFilesLimits } from './limits';

/** Step 1: pick the list file (the upload starts at once). */
export function ChooseStep({ onFile, disabled }: { onFile(file: File): void; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="wizard-step">
      <p>{t('import.chooseHint')}</p>
      <FilePick
        label={t('import.chooseFile')}
        accept={crmFilesLimits.accept}
        disabled={disabled}
        data-testid="import-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = '';
        }}
      />
    </div>
  );
}
