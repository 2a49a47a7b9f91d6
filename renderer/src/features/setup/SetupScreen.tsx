import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/store';

// Shows what the devices process sees right now; the guided wizard builds on this.
export function SetupScreen() {
  const { t } = useTranslation();
  const devices = useApp((s) => s.devices);
  return (
    <section className="screen">
      <h1>{t('setup.title')}</h1>
      <p>{t('setup.intro')}</p>
      <h2>{t('setup.headsets')}</h2>
      {devices?.headsets.length ? (
        <ul data-testid="setup-headsets">
          {devices.headsets.map((h) => (
            <li key={h.id}>
              {h.name} ({h.vendorId.toString(16).padStart(4, '0')}:{h.productId.toString(16).padStart(4, '0')}) — {h.status}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('setup.noHeadsets')}</p>
      )}
      <h2>{t('setup.ports')}</h2>
      {devices?.serialPorts.length ? (
        <ul data-testid="setup-ports">
          {devices.serialPorts.map((p) => (
            <li key={p.path}>
              {p.path}
              {p.manufacturer ? ` — ${p.manufacturer}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('setup.noPorts')}</p>
      )}
      <p className="muted" data-testid="setup-process">
        {t('setup.process', { state: t(`status.devices.${devices?.process ?? 'starting'}`), count: devices?.restarts ?? 0 })}
      </p>
    </section>
  );
}
