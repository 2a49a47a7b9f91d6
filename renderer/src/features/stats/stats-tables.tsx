// The board's figures as tables: what the charts show, readable by screen readers and copyable.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { OUTCOME_KEYS, type CampaignRow, type DayRow, type HourRow, type Metrics, type OutcomeKey } from '../../../../common/stats';
import { DataTable, type Column } from '../../ui-shared/data-table';
import type { Formats } from './format';

/** The seven figures every row of the day, campaign and hour tables shows. */
function metricColumns(t: TFunction, f: Formats): Column<Metrics>[] {
  const metric = (key: string, cell: (m: Metrics) => string): Column<Metrics> => ({ key, header: t(`stats.metric.${key}`), className: 'num', cell });
  return [
    metric('calls', (m) => f.count(m.calls)),
    metric('outbound', (m) => f.count(m.outbound)),
    metric('connected', (m) => f.count(m.connected)),
    metric('rate', (m) => f.rate(m)),
    metric('inbound', (m) => f.count(m.inbound)),
    metric('talk', (m) => f.duration(m.talkMs)),
    metric('avgTalk', (m) => f.averageTalk(m)),
  ];
}

/** The footer row: the period's totals under the same columns. */
function TotalRow({ total, f, testId }: { total: Metrics; f: Formats; testId?: string }) {
  const { t } = useTranslation();
  return (
    <tr data-testid={testId}>
      <th scope="row">{t('stats.tables.total')}</th>
      {metricColumns(t, f).map((c) => (
        <td key={c.key} className={c.className}>
          {c.cell(total, 0)}
        </td>
      ))}
    </tr>
  );
}

interface TableProps<R> {
  id: string;
  rows: R[];
  total: Metrics;
  f: Formats;
}

export function DayTable({ id, rows, total, f }: TableProps<DayRow>) {
  const { t } = useTranslation();
  const columns: Column<DayRow>[] = [{ key: 'day', header: t('stats.tables.day'), rowHeader: true, cell: (d) => d.day }, ...metricColumns(t, f)];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(d) => d.day}
      rowTestId={(d) => `stats-day-${d.day}`}
      className="stats-table"
      id={id}
      testId="stats-days"
      caption={t('stats.tables.days')}
      footer={<TotalRow total={total} f={f} testId="stats-day-total" />}
    />
  );
}

export function CampaignTable({ id, rows, total, f }: TableProps<CampaignRow>) {
  const { t } = useTranslation();
  const columns: Column<CampaignRow>[] = [
    { key: 'campaign', header: t('stats.tables.campaign'), rowHeader: true, cell: (c) => (c.campaignId === null ? t('stats.tables.noCampaign') : (c.name ?? c.campaignId)) },
    ...metricColumns(t, f),
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(c) => c.campaignId ?? ''}
      rowTestId={(c) => `stats-campaign-${c.campaignId ?? 'none'}`}
      className="stats-table"
      id={id}
      testId="stats-campaigns"
      caption={t('stats.tables.campaigns')}
      empty={{ message: t('stats.empty'), inTable: true }}
      footer={<TotalRow total={total} f={f} />}
    />
  );
}

export function HourTable({ id, rows, f }: Omit<TableProps<HourRow>, 'total'>) {
  const { t } = useTranslation();
  const columns: Column<HourRow>[] = [{ key: 'hour', header: t('stats.tables.hour'), rowHeader: true, cell: (h) => `${String(h.hour).padStart(2, '0')}:00` }, ...metricColumns(t, f)];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(h) => h.hour}
      rowTestId={(h) => `stats-hour-${h.hour}`}
      className="stats-table"
      id={id}
      testId="stats-hours"
      caption={t('stats.tables.hours')}
    />
  );
}

/** The outcomes of calls; dials never placed are no calls, so the summary shows them apart. */
const PLACED_OUTCOMES = OUTCOME_KEYS.filter((k) => k !== 'notPlaced');

export function OutcomeTable({ id, total, f }: { id: string; total: Metrics; f: Formats }) {
  const { t } = useTranslation();
  const columns: Column<OutcomeKey>[] = [
    { key: 'outcome', header: t('stats.tables.outcome'), rowHeader: true, cell: (k) => t(`stats.outcome.${k}`) },
    { key: 'calls', header: t('stats.metric.calls'), className: 'num', cell: (k) => f.count(total.outcomes[k]) },
    { key: 'share', header: t('stats.tables.share'), className: 'num', cell: (k) => f.share(total.outcomes[k], total.calls) },
  ];
  return (
    <DataTable
      columns={columns}
      rows={PLACED_OUTCOMES}
      rowKey={(k) => k}
      rowTestId={(k) => `stats-outcome-${k}`}
      className="stats-table"
      id={id}
      testId="stats-outcomes"
      caption={t('stats.tables.outcomes')}
    />
  );
}
