import { useTranslation } from 'react-i18next';
import { useApp } from '../../ui-shared/app-store';

/** Operating systems by their own names, not Node's ids. */
const platformNames: Record<string, string> = { linux: 'Linux', win32: 'Windows', darwin: 'macOS' };

export function AboutSection() {
  const { t } = useTranslation();
  const info = useApp((s) => s.info);
  if (!info) return null;
  return (
    <>
      <h2>{t('settings.about')}</h2>
      <p>{t('settings.version', { version: info.version, runtime: t(`settings.runtime.${info.runtime}`), platform: platformNames[info.platform] ?? info.platform })}</p>
    </>
  );
}
