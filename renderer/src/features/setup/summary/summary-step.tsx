import { useTranslation } from 'react-i18next';
import { StepHeading } from '../parts/step-heading';
import { Checklist } from './checklist';
import { DiagnosticsBundle } from './diagnostics-bundle';
import { FinishSetup } from './finish-setup';
import { ProfileExport } from './profile-export';
import { ProfileImport } from './profile-import';

// Step 6: what is green and what is red, then finish, move the profile to the next desk, or collect diagnostics.
export function SummaryStep() {
  const { t } = useTranslation();
  return (
    <>
      <StepHeading>{t('wizard.step.summary')}</StepHeading>
      <Checklist />
      <FinishSetup />
      <h3>{t('wizard.summary.toolsTitle')}</h3>
      <div className="wizard-tools">
        <ProfileExport />
        <ProfileImport />
        <DiagnosticsBundle />
      </div>
    </>
  );
}
