import { useTranslation } from 'react-i18next';
import { useApp } from './store';

export function StatusBar() {
  const { t } = useTranslation();
  const devices = useApp((s) => s.devices);
  const headsets = devices?.headsets.length ?? 0;
  const ports = devices?.serialPorts.length ?? 0;
  return (
    <footer className="statusbar" role="status" aria-label={t('status.label')}>
      <span data-testid="status-line">
        {t('status.line')}: {t('status.lineNone')}
      </span>
      <span data-testid="status-headset">
        {t('status.headset')}: {headsets ? t('status.headsetCount', { count: headsets }) : t('status.headsetNone')}
      </span>
      <span data-testid="status-gateway">
        {t('status.gateway')}: {t('status.gatewayPorts', { count: ports })}
      </span>
      <span data-testid="status-devices" className={`devices-${devices?.process ?? 'starting'}`}>
        {t(`status.devices.${devices?.process ?? 'starting'}`)}
      </span>
    </footer>
  );
}
