import { useTranslation } from 'react-i18next';
import { useApp } from '../../ui-shared/app-store';

// On a desk that was never set up, says so and why the wizard opened by itself.
export function FirstRunNotice() {
  const { t } = useTranslation();
  const completed = useApp((s) => s.settings?.ui.setupCompleted);
  if (completed !== false) return null;
  return (
    <p className="wizard-first-run" data-testid="wizard-first-run">
      {t('wizard.firstRun')}
    </p>
  );
}
