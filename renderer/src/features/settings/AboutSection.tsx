import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/store';

export function AboutSection() {
  const { t } = useTranslation();
  const info = useApp((s) => s.info);
  if (!info) return null;
  return (
    <>
      <h2>{t('settings.about')}</h2>
      <p>{t('settings.version', { version: info.version, runtime: info.runtime, platform: info.platform })}</p>
    </>
  );
}
