// The four charts' options, from the board and the app's colours. Labels are the app's own words
// (dates, hours, translated outcome names): no customer text reaches a chart tooltip.
import type { TFunction } from 'i18next';
import { connectRate, OUTCOME_KEYS, type StatsBoard } from '../../../../common/stats';
import type { ChartOption } from './echarts';

export interface Palette {
  ink: string;
  muted: string;
  line: string;
  accent: string;
  ok: string;
  warn: string;
  bad: string;
  font: string;
}

/** The app's colours (styles.css custom properties), so charts follow the app's look. */
export function readPalette(root: Element = document.documentElement): Palette {
  const css = getComputedStyle(root);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    ink: v('--ink', '#1d2430'),
    muted: v('--muted', '#5d6778'),
    line: v('--line', '#d9dde5'),
    accent: v('--accent', '#0b6bcb'),
    ok: v('--ok', '#1a7f37'),
    warn: v('--warn', '#9a6700'),
    bad: v('--bad', '#cf222e'),
    font: css.fontFamily || 'sans-serif',
  };
}

const hh = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
const mmdd = (day: string) => day.slice(5);

function base(p: Palette): ChartOption {
  return {
    animation: false,
    textStyle: { fontFamily: p.font, color: p.ink },
    grid: { left: 48, right: 16, top: 36, bottom: 32 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { color: p.ink } },
  };
}

const axis = (p: Palette) => ({ axisLine: { lineStyle: { color: p.line } }, axisLabel: { color: p.muted }, splitLine: { lineStyle: { color: p.line } } });

export function callsPerHourOption(board: StatsBoard, t: TFunction, p: Palette): ChartOption {
  return {
    ...base(p),
    color: [p.accent, p.warn],
    xAxis: { type: 'category', data: board.hours.map((h) => hh(h.hour)), ...axis(p) },
    yAxis: { type: 'value', minInterval: 1, ...axis(p) },
    series: [
      { type: 'bar', name: t('stats.metric.outbound'), stack: 'calls', data: board.hours.map((h) => h.outbound) },
      { type: 'bar', name: t('stats.metric.inbound'), stack: 'calls', data: board.hours.map((h) => h.inbound) },
    ],
  };
}

export function connectRateOption(board: StatsBoard, t: TFunction, p: Palette): ChartOption {
  return {
    ...base(p),
    color: [p.ok],
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? `${v.toFixed(1)}%` : '–') },
    xAxis: { type: 'category', data: board.days.map((d) => mmdd(d.day)), ...axis(p) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { color: p.muted, formatter: '{value}%' }, splitLine: { lineStyle: { color: p.line } } },
    series: [
      {
        type: 'line',
        name: t('stats.metric.rate'),
        // a day with nothing dialled has no rate: a gap, not a drop to 0 %
        data: board.days.map((d) => {
          const r = connectRate(d);
          return r === null ? null : Math.round(r * 1000) / 10;
        }),
        connectNulls: false,
        showSymbol: true,
      },
    ],
  };
}

export function talkTimeOption(board: StatsBoard, t: TFunction, p: Palette): ChartOption {
  return {
    ...base(p),
    color: [p.accent],
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${String(v)} ${t('stats.unit.minutes')}` },
    xAxis: { type: 'category', data: board.days.map((d) => mmdd(d.day)), ...axis(p) },
    yAxis: { type: 'value', name: t('stats.unit.minutes'), nameTextStyle: { color: p.muted }, ...axis(p) },
    series: [{ type: 'bar', name: t('stats.metric.talk'), data: board.days.map((d) => Math.round(d.talkMs / 6000) / 10) }],
  };
}

export function outcomesOption(board: StatsBoard, t: TFunction, p: Palette): ChartOption {
  const colours: Record<string, string> = {
    answered: p.ok, noAnswer: p.warn, busy: '#bf8700', failed: p.bad, rejected: '#a40e26', voicemail: '#8250df',
    invalidNumber: '#6e7781', unreachable: '#953800', cancelled: '#57606a', none: '#afb8c1',
  };
  const data = OUTCOME_KEYS.filter((k) => board.total.outcomes[k] > 0).map((k) => ({ name: t(`stats.outcome.${k}`), value: board.total.outcomes[k], itemStyle: { color: colours[k] } }));
  return {
    animation: false,
    textStyle: { fontFamily: p.font, color: p.ink },
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle', textStyle: { color: p.ink } },
    series: [{ type: 'pie', name: t('stats.chart.outcomes'), radius: ['35%', '70%'], center: ['35%', '50%'], label: { show: false }, data }],
  };
}
