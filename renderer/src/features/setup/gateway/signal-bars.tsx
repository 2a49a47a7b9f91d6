import { useTranslation } from 'react-i18next';
import { signalBars } from './signal';

export function SignalBars({ dbm }: { dbm: number | null | undefined }) {
  const { t } = useTranslation();
  const bars = signalBars(dbm);
  const label = dbm === null || dbm === undefined ? t('wizard.gateway.signalUnknown') : t('wizard.gateway.signal', { bars, dbm });
  return (
    <span className="signal-bars" role="img" aria-label={label} title={label} data-testid="signal-bars" data-bars={bars}>
      {[1, 2, 3, 4, 5].map((i) => (
        <span key={i} className={i <= bars ? 'bar on' : 'bar'} style={{ height: `${4 + i * 3}px` }} />
      ))}
      <span className="signal-text" aria-hidden="true">
        {label}
      </span>
    </span>
  );
}
