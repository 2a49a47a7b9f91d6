// The stats board: pick a range and a campaign; see calls per hour, connect rate, talk time and
// outcomes as charts and as tables; export them. Loaded on demand (ECharts stays out of the main bundle).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatsQueryInput } from '../../../../common/stats';
import { ErrorLine } from '../../ui-shared/error-line';
import { errorText } from '../../ui-shared/error-text';
import { formats } from './format';
import { StatsCharts, TABLE_IDS } from './stats-charts';
import { StatsExport } from './stats-export';
import { StatsFilters, type Filters } from './stats-filters';
import { deskTimeZone, lastDays, rangeProblem, today } from './picker-range';
import { StatsSummary } from './stats-summary';
import { CampaignTable, DayTable, HourTable, OutcomeTable } from './stats-tables';
import { useCalledCampaigns, useStatsBoard } from './use-stats-board';
import './stats.css';

export default function StatsBoardView() {
  const { t, i18n } = useTranslation();
  const timeZone = useMemo(deskTimeZone, []);
  const todayKey = useMemo(() => today(timeZone), [timeZone]);
  const [filters, setFilters] = useState<Filters>({ ...lastDays(7, todayKey), campaignId: null });
  const problem = rangeProblem(filters.from, filters.to);
  const query: StatsQueryInput | null = problem ? null : { ...filters, timeZone };
  const { board, loading, error } = useStatsBoard(query);
  const campaigns = useCalledCampaigns();
  const f = useMemo(() => formats(i18n.language), [i18n.language]);

  return (
    <>
      <div className="stats-toolbar">
        <StatsFilters value={filters} today={todayKey} campaigns={campaigns} onChange={setFilters} />
        <StatsExport query={query} />
      </div>
      <p className="muted small" data-testid="stats-zone">
        {t('stats.zone', { zone: timeZone })}
      </p>
      {problem && <ErrorLine message={t(problem)} testId="stats-range-problem" />}
      {error !== undefined && <ErrorLine message={errorText(t, error, 'stats.loadFailed')} testId="stats-error" />}
      {board && (
        <div className="stats-board" aria-busy={loading} data-testid="stats-board" data-loaded={loading ? undefined : JSON.stringify(board.query)}>
          <StatsSummary total={board.total} f={f} />
          {board.total.calls === 0 && <p className="muted">{t('stats.empty')}</p>}
          <StatsCharts board={board} />
          <div className="stats-tables">
            <DayTable id={TABLE_IDS.days} rows={board.days} total={board.total} f={f} />
            <CampaignTable id={TABLE_IDS.campaigns} rows={board.campaigns} total={board.total} f={f} />
            <OutcomeTable id={TABLE_IDS.outcomes} total={board.total} f={f} />
            <details className="stats-hours">
              <summary>{t('stats.tables.showHours')}</summary>
              <HourTable id={TABLE_IDS.hours} rows={board.hours} f={f} />
            </details>
          </div>
        </div>
      )}
      {!board && loading && <p className="muted">{t('stats.loading')}</p>}
    </>
  );
}
