// Date range (with quick picks) and campaign: the board's question.
import { useTranslation } from 'react-i18next';
import type { CampaignRef } from '../../../../common/stats';
import { lastDays } from './picker-range';

export interface Filters {
  from: string;
  to: string;
  campaignId: string | null;
}

interface Props {
  value: Filters;
  today: string;
  campaigns: CampaignRef[];
  onChange(next: Filters): void;
}

const ALL = '';

export function StatsFilters({ value, today, campaigns, onChange }: Props) {
  const { t } = useTranslation();
  const quick = [
    ['today', 1],
    ['week', 7],
    ['month', 30],
  ] as const;
  return (
    <form className="stats-filters" onSubmit={(e) => e.preventDefault()} aria-label={t('stats.filters.label')}>
      <label className="field">
        {t('stats.filters.from')}
        <input type="date" value={value.from} max={today} onChange={(e) => onChange({ ...value, from: e.target.value })} data-testid="stats-from" />
      </label>
      <label className="field">
        {t('stats.filters.to')}
        <input type="date" value={value.to} max={today} onChange={(e) => onChange({ ...value, to: e.target.value })} data-testid="stats-to" />
      </label>
      <div className="stats-quick" role="group" aria-label={t('stats.filters.quick')}>
        {quick.map(([name, days]) => (
          <button key={name} type="button" onClick={() => onChange({ ...value, ...lastDays(days, today) })} data-testid={`stats-quick-${name}`}>
            {t(`stats.filters.${name}`)}
          </button>
        ))}
      </div>
      <label className="field">
        {t('stats.filters.campaign')}
        <select value={value.campaignId ?? ALL} onChange={(e) => onChange({ ...value, campaignId: e.target.value === ALL ? null : e.target.value })} data-testid="stats-campaign">
          <option value={ALL}>{t('stats.filters.allCampaigns')}</option>
          {campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name ?? c.id}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
