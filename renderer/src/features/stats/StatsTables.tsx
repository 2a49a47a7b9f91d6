// The board's figures as tables: what the charts show, readable by screen readers and copyable.
import { useTranslation } from 'react-i18next';
import { OUTCOME_KEYS, type CampaignRow, type DayRow, type HourRow, type Metrics } from '../../../../common/stats';
import type { Formats } from './format';

function MetricHeads() {
  const { t } = useTranslation();
  return (
    <>
      {(['calls', 'outbound', 'connected', 'rate', 'inbound', 'talk', 'avgTalk'] as const).map((k) => (
        <th key={k} scope="col">
          {t(`stats.metric.${k}`)}
        </th>
      ))}
    </>
  );
}

function MetricCells({ m, f }: { m: Metrics; f: Formats }) {
  return (
    <>
      <td className="num">{f.count(m.calls)}</td>
      <td className="num">{f.count(m.outbound)}</td>
      <td className="num">{f.count(m.connected)}</td>
      <td className="num">{f.rate(m)}</td>
      <td className="num">{f.count(m.inbound)}</td>
      <td className="num">{f.duration(m.talkMs)}</td>
      <td className="num">{f.averageTalk(m)}</td>
    </>
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
  return (
    <table className="data-table stats-table" id={id} data-testid="stats-days">
      <caption>{t('stats.tables.days')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('stats.tables.day')}</th>
          <MetricHeads />
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={d.day} data-testid={`stats-day-${d.day}`}>
            <th scope="row">{d.day}</th>
            <MetricCells m={d} f={f} />
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr data-testid="stats-day-total">
          <th scope="row">{t('stats.tables.total')}</th>
          <MetricCells m={total} f={f} />
        </tr>
      </tfoot>
    </table>
  );
}

export function CampaignTable({ id, rows, total, f }: TableProps<CampaignRow>) {
  const { t } = useTranslation();
  return (
    <table className="data-table stats-table" id={id} data-testid="stats-campaigns">
      <caption>{t('stats.tables.campaigns')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('stats.tables.campaign')}</th>
          <MetricHeads />
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.campaignId ?? ''} data-testid={`stats-campaign-${c.campaignId ?? 'none'}`}>
            <th scope="row">{c.campaignId === null ? t('stats.tables.noCampaign') : (c.name ?? c.campaignId)}</th>
            <MetricCells m={c} f={f} />
          </tr>
        ))}
        {rows.length === 0 && (
          <tr>
            <td colSpan={8} className="muted">
              {t('stats.empty')}
            </td>
          </tr>
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('stats.tables.total')}</th>
          <MetricCells m={total} f={f} />
        </tr>
      </tfoot>
    </table>
  );
}

export function HourTable({ id, rows, f }: Omit<TableProps<HourRow>, 'total'>) {
  const { t } = useTranslation();
  return (
    <table className="data-table stats-table" id={id} data-testid="stats-hours">
      <caption>{t('stats.tables.hours')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('stats.tables.hour')}</th>
          <MetricHeads />
        </tr>
      </thead>
      <tbody>
        {rows.map((h) => (
          <tr key={h.hour} data-testid={`stats-hour-${h.hour}`}>
            <th scope="row">{`${String(h.hour).padStart(2, '0')}:00`}</th>
            <MetricCells m={h} f={f} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function OutcomeTable({ id, total, f }: { id: string; total: Metrics; f: Formats }) {
  const { t } = useTranslation();
  return (
    <table className="data-table stats-table" id={id} data-testid="stats-outcomes">
      <caption>{t('stats.tables.outcomes')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('stats.tables.outcome')}</th>
          <th scope="col">{t('stats.metric.calls')}</th>
          <th scope="col">{t('stats.tables.share')}</th>
        </tr>
      </thead>
      <tbody>
        {OUTCOME_KEYS.map((k) => (
          <tr key={k} data-testid={`stats-outcome-${k}`}>
            <th scope="row">{t(`stats.outcome.${k}`)}</th>
            <td className="num">{f.count(total.outcomes[k])}</td>
            <td className="num">{f.share(total.outcomes[k], total.calls)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
