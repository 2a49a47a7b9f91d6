// The four charts, each pointing at the table that holds its figures as text.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatsBoard } from '../../../../common/stats';
import { callsPerHourOption, connectRateOption, outcomesOption, readPalette, talkTimeOption } from './chart-options';
import { EChart } from './echart';

export const TABLE_IDS = { days: 'stats-table-days', hours: 'stats-table-hours', outcomes: 'stats-table-outcomes', campaigns: 'stats-table-campaigns' };

export function StatsCharts({ board }: { board: StatsBoard }) {
  const { t, i18n } = useTranslation();
  const charts = useMemo(() => {
    const palette = readPalette();
    return [
      { key: 'hours', option: callsPerHourOption(board, t, palette), table: TABLE_IDS.hours },
      { key: 'rate', option: connectRateOption(board, t, palette), table: TABLE_IDS.days },
      { key: 'talk', option: talkTimeOption(board, t, palette), table: TABLE_IDS.days },
      { key: 'outcomes', option: outcomesOption(board, t, palette), table: TABLE_IDS.outcomes },
    ] as const;
    // i18n.language: labels are baked into the options
  }, [board, t, i18n.language]);
  return (
    <div className="stats-charts">
      {charts.map((c) => (
        <figure key={c.key} className="stats-panel">
          <figcaption>{t(`stats.chart.${c.key}`)}</figcaption>
          <EChart option={c.option} label={t(`stats.chart.${c.key}Alt`)} describedBy={c.table} testId={`stats-chart-${c.key}`} />
        </figure>
      ))}
    </div>
  );
}
