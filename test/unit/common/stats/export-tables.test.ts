import { describe, expect, it } from 'vitest';
import { buildBoard, campaignMetricsFromCalls, hourMetricsFromCalls, flatStatsTable, OUTCOME_KEYS, StatsQuery, statsTables, utcRange, type LoggedCall } from '../../../../common/stats';

const query = StatsQuery.parse({ from: '2026-03-10', to: '2026-03-11', timeZone: 'Asia/Shanghai' });
const at = (local: string) => Date.parse(`${local}+08:00`);
const calls: LoggedCall[] = [
  { direction: 'outbound', startedAt: at('2026-03-10T09:00:00'), answeredAt: at('2026-03-10T09:00:10'), endedAt: at('2026-03-10T09:01:41'), outcome: 'answered', campaignId: 'c1' },
  { direction: 'outbound', startedAt: at('2026-03-10T09:05:00'), answeredAt: null, endedAt: at('2026-03-10T09:05:30'), outcome: 'busy', campaignId: 'c1' },
  { direction: 'outbound', startedAt: at('2026-03-11T14:00:00'), answeredAt: null, endedAt: null, outcome: 'noAnswer', campaignId: null },
];
const board = buildBoard(hourMetricsFromCalls(calls, utcRange(query).pieces), campaignMetricsFromCalls(calls), query, new Map([['c1', '=HYPERLINK("x")']]));

describe('statsTables', () => {
  it('has one table per view with the same metric columns, in both languages', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const tables = statsTables(board, language);
      expect(tables.map((t) => t.rows.length)).toEqual([2, 24, 2, 1]);
      for (const t of tables) {
        expect(t.columns).toHaveLength(1 + 7 + OUTCOME_KEYS.length);
        for (const row of t.rows) expect(row).toHaveLength(t.columns.length);
      }
    }
    expect(statsTables(board, 'zh-CN').map((t) => t.name)).toEqual(['按日', '按小时', '按外呼任务', '合计']);
    expect(statsTables(board, 'zh-CN').map((t) => t.columns[0]!.header)).toEqual(['日期', '时段', '外呼任务', '范围']);
    expect(statsTables(board, 'en')[0]!.columns.slice(0, 5).map((c) => c.header)).toEqual(['Date', 'Calls', 'Outbound', 'Connected', 'Connect rate']);
  });

  it('writes rates as fractions, talk time in whole seconds, and names campaigns', () => {
    const [days, hours, campaigns, total] = statsTables(board, 'zh-CN');
    // day 1: 2 calls, 2 outbound, 1 connected, 50 %, 0 inbound, 91 s talk, 91 s average
    expect(days!.rows[0]!.slice(0, 8)).toEqual(['2026-03-10', 2, 2, 1, 0.5, 0, 91, 91]);
    expect(days!.rows[1]!.slice(0, 8)).toEqual(['2026-03-11', 1, 1, 0, 0, 0, 0, null]);
    expect(hours!.rows[9]!.slice(0, 2)).toEqual(['09:00', 2]);
    expect(campaigns!.rows.map((r) => r[0])).toEqual(['=HYPERLINK("x")', '无任务（手动拨号和呼入）']);
    expect(total!.rows[0]!.slice(0, 5)).toEqual(['2026-03-10 至 2026-03-11（Asia/Shanghai）', 3, 3, 1, 0.3333]);
  });

  it('flattens into one CSV-shaped table with a group column', () => {
    const flat = flatStatsTable(statsTables(board, 'en'), 'en');
    expect(flat.columns.slice(0, 3).map((c) => c.header)).toEqual(['Group', 'Item', 'Calls']);
    expect(flat.rows).toHaveLength(2 + 24 + 2 + 1);
    expect(flat.rows.map((r) => r[0])).toContain('Per campaign');
    for (const row of flat.rows) expect(row).toHaveLength(flat.columns.length);
  });

  it('zh-CN: every header and word is Chinese, named as the stats screen names them', () => {
    const flat = flatStatsTable(statsTables(board, 'zh-CN'), 'zh-CN');
    const words = [...flat.columns.map((c) => c.header), ...flat.rows.flatMap((r) => r.filter((c): c is string => typeof c === 'string'))]
      .filter((w) => w !== '=HYPERLINK("x")')
      .join(' ')
      .replace(/Asia\/Shanghai/g, '');
    expect(words).not.toMatch(/[A-Za-z]/);
    expect(words).not.toMatch(/[()]/); // full-width brackets in Chinese
    expect(flat.columns.map((c) => c.header)).toEqual(expect.arrayContaining(['通话时长（秒）', '未拨出', '空号/错号', '无结果/其他']));
  });
});
