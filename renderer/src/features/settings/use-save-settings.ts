import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsPatch } from '../../../../common/settings/settings-schema';
import { getBridge, unwrap } from '../../platform/page-bridge';
import { errorText } from '../../ui-shared/error-text';

/** Saves a settings patch through main; the error (if any) is ready to show. */
export function useSaveSettings(): { save(patch: SettingsPatch): Promise<boolean>; error: string | undefined } {
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  return {
    error,
    async save(patch) {
      setError(undefined);
      try {
        await unwrap(getBridge().api.settings.update(patch));
        return true;
      } catch (e) {
        setError(t('settings.saveFailed', { message: errorText(t, e) }));
        return false;
      }
    },
  };
}
