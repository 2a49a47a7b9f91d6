// Settings → gateway serial ports: the same list and choices as the setup wizard's gateway step, for an
// installer who adds a modem after setup (or disables a port that turned out to be something else).
import { useTranslation } from 'react-i18next';
import { useApp } from '../../ui-shared/app-store';
import { SerialPortList } from './serial-port-list';

export function GatewayPortsSection() {
  const { t } = useTranslation();
  const count = useApp((s) => s.devices?.serialPorts.length ?? 0);
  return (
    <section data-testid="gateway-ports-settings">
      <h2>{t('serialPorts.title')}</h2>
      <p className="muted">{t('serialPorts.intro')}</p>
      {count ? <SerialPortList testId="settings-serial-ports" /> : <p className="muted">{t('serialPorts.none')}</p>}
    </section>
  );
}
