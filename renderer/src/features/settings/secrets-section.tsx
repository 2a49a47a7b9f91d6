import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecretStatus } from '../../../../common/settings/secret-keys';
import { getBridge, unwrap } from '../../platform/page-bridge';
import { reasonSentence } from '../../ui-shared/error-text';

export function SecretsSection() {
  const { t } = useTranslation();
  const [secrets, setSecrets] = useState<SecretStatus>();
  useEffect(() => {
    void unwrap(getBridge().api.secrets.status({})).then(setSecrets, () => undefined);
  }, []);
  if (!secrets) return null;
  return (
    <>
      <h2>{t('settings.secrets')}</h2>
      <p data-testid="secret-status">
        {secrets.backend === 'memory' ? t('settings.secretsMemory') : t('settings.secretsBackend', { backend: secrets.backend })}
        {/* main's reason is English for the log: the page says why from the backend, with what to do */}
        {!secrets.available ? ` ${reasonSentence(t, { key: secrets.backend === 'basic_text' ? 'secrets.weakOnly' : 'secrets.noKeyring' }) ?? ''}` : ''}
      </p>
    </>
  );
}
