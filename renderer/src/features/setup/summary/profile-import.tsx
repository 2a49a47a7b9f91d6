import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilePick } from '../../../ui-shared/file-pick';
import { getBridge, unwrap } from '../../../platform/page-bridge';
import { errorSentence } from '../../../ui-shared/error-text';
import { SecretReentry } from './secret-reentry';

const MAX_BYTES = 1_000_000;

// Reads a profile file, hands it to main (which validates it) and lists the secrets to enter again.
export function ProfileImport() {
  const { t } = useTranslation();
  const id = useId();
  const [needed, setNeeded] = useState<string[]>();
  const [error, setError] = useState<string>();

  const load = async (file: File | undefined) => {
    setError(undefined);
    setNeeded(undefined);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setError(t('wizard.profile.tooLarge'));
      return;
    }
    try {
      const result = await unwrap(getBridge().api.profile.import({ json: await file.text() }));
      setNeeded(result.secretsNeeded);
    } catch (e) {
      setError(t('wizard.profile.importFailed', { message: errorSentence(t, e) }));
    }
  };

  return (
    <div className="wizard-tool">
      <FilePick label={t('wizard.profile.import')} className="file-label" id={`${id}-file`} accept=".json,application/json" onChange={(e) => void load(e.target.files?.[0])} data-testid="profile-import" />
      <p className="muted">{t('wizard.profile.importHint')}</p>
      {error && (
        <p role="alert" className="error" data-testid="profile-import-error">
          {error}
        </p>
      )}
      {needed && (
        <div role="status" data-testid="profile-import-result">
          <p className="ok">{needed.length ? t('wizard.profile.imported', { count: needed.length }) : t('wizard.profile.importedNoSecrets')}</p>
          {needed.length > 0 && (
            <ul className="plain-list" data-testid="profile-secrets-needed">
              {needed.map((key) => (
                <SecretReentry key={key} secretKey={key} />
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
