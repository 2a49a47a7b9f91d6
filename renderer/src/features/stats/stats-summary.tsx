// The range at a glance: calls, connect rate, talk time, average talk; dials never placed apart.
import { useTranslation } from 'react-i18next';
import type { Metrics } from '../../../../common/stats';
import type { Formats } from './format';

export function StatsSummary({ total, f }: { total: Metrics; f: Formats }) {
  const { t } = useTranslation();
  const tiles = [
    ['calls', f.count(total.calls), t('stats.summary.callsDetail', { outbound: f.count(total.outbound), inbound: f.count(total.inbound) })],
    ['rate', f.rate(total), t('stats.summary.rateDetail', { connected: f.count(total.connected), outbound: f.count(total.outbound) })],
    ['talk', f.duration(total.talkMs), t('stats.summary.talkDetail', { talked: f.count(total.talked) })],
    ['avg', f.averageTalk(total), t('stats.summary.avgDetail')],
    ['notPlaced', f.count(total.outcomes.notPlaced), t('stats.summary.notPlacedDetail')],
  ] as const;
  return (
    <dl className="stats-summary">
      {tiles.map(([key, value, detail]) => (
        <div key={key} className="stats-tile">
          <dt>{t(`stats.summary.${key}`)}</dt>
          <dd className="stats-figure" data-testid={`stats-total-${key}`}>
            {value}
          </dd>
          <dd className="muted small">{detail}</dd>
        </div>
      ))}
    </dl>
  );
}
