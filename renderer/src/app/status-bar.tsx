import { useTranslation } from 'react-i18next';
import { HeadsetStatus } from '../features/dialer/status/headset-status';
import { GatewayStatus } from '../features/dialer/status/gateway-status';
import { LineStatus } from '../features/dialer/status/line-status';
import { useApp } from '../ui-shared/app-store';

export function StatusBar() {
  const { t } = useTranslation();
  const devices = useApp((s) => s.devices);
  return (
    <footer className="statusbar" role="status" aria-label={t('status.label')}>
      <LineStatus />
      <HeadsetStatus />
      <GatewayStatus />
      <span data-testid="status-devices" className={`devices-${devices?.process ?? 'starting'}`}>
        {t(`status.devices.${devices?.process ?? 'starting'}`)}
      </span>
    </footer>
  );
}
