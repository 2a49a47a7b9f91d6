// The board as tables for CSV and XLSX files. Main writes the files, so the headers live here in both
// UI languages rather than in the page's message files; they name things as the stats screen does
// (按外呼任务, 时段, 无任务（手动拨号和呼入）). Only aggregates: no phone number ever appears.
import type { UiLanguage } from '../i18n/ui-language';
import { averageTalkMs, connectRate } from './build-board';
import { OUTCOME_KEYS, type Metrics, type OutcomeKey, type StatsBoard } from './stats-schemas';

export type Cell = string | number | null;
export type ColumnKind = 'text' | 'count' | 'percent' | 'seconds';
export interface Column {
  header: string;
  kind: ColumnKind;
}
export interface Table {
  /** sheet name in the workbook; the group label in the flat CSV */
  name: string;
  columns: Column[];
  rows: Cell[][];
}

type Words = {
  sheets: { days: string; hours: string; campaigns: string; total: string };
  keys: { days: string; hours: string; campaigns: string; total: string };
  metrics: { calls: string; outbound: string; connected: string; rate: string; inbound: string; talk: string; avgTalk: string };
  outcomes: Record<OutcomeKey, string>;
  noCampaign: string;
  range: (from: string, to: string, timeZone: string) => string;
  all: string;
  group: string;
  item: string;
};

const words: Record<UiLanguage, Words> = {
  'zh-CN': {
    sheets: { days: '按日', hours: '按小时', campaigns: '按外呼任务', total: '合计' },
    keys: { days: '日期', hours: '时段', campaigns: '外呼任务', total: '范围' },
    metrics: { calls: '呼叫总数', outbound: '外呼', connected: '接通', rate: '接通率', inbound: '呼入', talk: '通话时长（秒）', avgTalk: '平均通话（秒）' },
    outcomes: {
      answered: '已接通', noAnswer: '无人接听', busy: '占线', failed: '呼叫失败', rejected: '拒接', voicemail: '语音信箱',
      invalidNumber: '空号/错号', unreachable: '无法接通', cancelled: '已取消', notPlaced: '未拨出', none: '无结果/其他',
    },
    noCampaign: '无任务（手动拨号和呼入）',
    range: (from, to, zone) => `${from} 至 ${to}（${zone}）`,
    all: '全部',
    group: '分组',
    item: '项目',
  },
  en: {
    sheets: { days: 'Per day', hours: 'Per hour of the day', campaigns: 'Per campaign', total: 'Total' },
    keys: { days: 'Date', hours: 'Hour', campaigns: 'Campaign', total: 'Range' },
    metrics: { calls: 'Calls', outbound: 'Outbound', connected: 'Connected', rate: 'Connect rate', inbound: 'Inbound', talk: 'Talk time (s)', avgTalk: 'Average talk (s)' },
    outcomes: {
      answered: 'Answered', noAnswer: 'No answer', busy: 'Busy', failed: 'Failed', rejected: 'Rejected', voicemail: 'Voicemail',
      invalidNumber: 'Invalid number', unreachable: 'Unreachable', cancelled: 'Cancelled', notPlaced: 'Not placed', none: 'No outcome / other',
    },
    noCampaign: 'No campaign (manual and inbound)',
    range: (from, to, zone) => `${from} – ${to} (${zone})`,
    all: 'All',
    group: 'Group',
    item: 'Item',
  },
};

const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 1000));
const rounded = (rate: number | null) => (rate === null ? null : Math.round(rate * 10_000) / 10_000);

function metricColumns(w: Words): Column[] {
  const m = w.metrics;
  return [
    { header: m.calls, kind: 'count' },
    { header: m.outbound, kind: 'count' },
    { header: m.connected, kind: 'count' },
    { header: m.rate, kind: 'percent' },
    { header: m.inbound, kind: 'count' },
    { header: m.talk, kind: 'seconds' },
    { header: m.avgTalk, kind: 'seconds' },
    ...OUTCOME_KEYS.map((k): Column => ({ header: w.outcomes[k], kind: 'count' })),
  ];
}

function metricCells(m: Metrics): Cell[] {
  return [m.calls, m.outbound, m.connected, rounded(connectRate(m)), m.inbound, seconds(m.talkMs), seconds(averageTalkMs(m)), ...OUTCOME_KEYS.map((k) => m.outcomes[k])];
}

export const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** The board as four tables: per day, per hour of the day, per campaign, and the total. */
export function statsTables(board: StatsBoard, language: UiLanguage): Table[] {
  const w = words[language];
  const metrics = metricColumns(w);
  const keyed = (name: keyof Words['sheets'], rows: Cell[][]): Table => ({ name: w.sheets[name], columns: [{ header: w.keys[name], kind: 'text' }, ...metrics], rows });
  const range = w.range(board.query.from, board.query.to, board.query.timeZone);
  return [
    keyed('days', board.days.map((d) => [d.day, ...metricCells(d)])),
    keyed('hours', board.hours.map((h) => [hourLabel(h.hour), ...metricCells(h)])),
    keyed('campaigns', board.campaigns.map((c) => [c.campaignId === null ? w.noCampaign : (c.name ?? c.campaignId), ...metricCells(c)])),
    keyed('total', [[range, ...metricCells(board.total)]]),
  ];
}

/** All tables in one: a leading group column tells the day rows from the hour, campaign and total rows. */
export function flatStatsTable(tables: readonly Table[], language: UiLanguage): Table {
  const first = tables[0]!;
  return {
    name: words[language].all,
    columns: [{ header: words[language].group, kind: 'text' }, { header: words[language].item, kind: 'text' }, ...first.columns.slice(1)],
    rows: tables.flatMap((t) => t.rows.map((r) => [t.name, ...r])),
  };
}
