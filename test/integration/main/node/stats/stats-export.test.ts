// The stats channels end to end in Node: the contract's router → stats handlers → the CRM's real DB
// worker thread → SQLite, and the exported files read back with a CSV parser and exceljs.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseString } from '@fast-csv/parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invokeChannels } from '../../../../../common/ipc/contract';
import { APP_ORIGIN } from '../../../../../common/security/trusted-origin';
import { OUTCOME_KEYS, type StatsBoard } from '../../../../../common/stats';
import { openDatabase } from '../../../../../main/node/store/open-database';
import { StoreClient } from '../../../../../main/node/store/store-client';
import type { StoreHandlers, AppStoreClient } from '../../../../../main/node/store-worker/store-handlers';
import { statsHandlers } from '../../../../../main/node/handlers/stats-handlers';
import { createRouter, type Handlers } from '../../../../../main/node/ipc/router';
import { memoryLogger } from '../../../../../main/node/logging/logger';
import type { MainServices } from '../../../../../main/node/services';
import { generateCalls, insertCalls } from './seed-calls';

const appPage = { url: 'app://dialdeck/index.html', isMainFrame: true };
const query = { from: '2026-03-09', to: '2026-03-15', timeZone: 'Asia/Shanghai' };

let dir: string;
let crm: AppStoreClient;
let calls: ReturnType<typeof generateCalls>;
let exportDir: string;

function router(exportTo = exportDir) {
  const services = { store: crm, paths: { exportDir: exportTo }, log: memoryLogger() } as unknown as MainServices;
  const unused = Object.fromEntries(Object.keys(invokeChannels).map((c) => [c, () => Promise.reject(new Error(`unexpected call to ${c}`))]));
  const handlers = { ...(unused as unknown as Handlers), ...statsHandlers(services, () => new Date('2026-03-16T01:02:03Z')) };
  return createRouter(handlers, APP_ORIGIN, memoryLogger());
}
async function call<T>(channel: string, payload: unknown, exportTo?: string): Promise<T> {
  const result = await router(exportTo).dispatch(channel, payload, appPage);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}
const readCsv = (text: string) =>
  new Promise<string[][]>((resolve, reject) => {
    const rows: string[][] = [];
    parseString<string[], string[]>(text).on('data', (r: string[]) => rows.push(r)).on('error', reject).on('end', () => resolve(rows));
  });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dialdeck-stats-'));
  exportDir = join(dir, 'exports');
  const db = openDatabase(join(dir, 'crm.sqlite'));
  calls = generateCalls(5000, Date.parse('2026-03-05T00:00:00Z'), Date.parse('2026-03-20T00:00:00Z'), 11);
  insertCalls(db, calls);
  db.close();
  crm = new StoreClient<StoreHandlers>(join(dir, 'crm.sqlite'));
});
afterAll(async () => {
  await crm.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('stats over the contract', () => {
  it('answers the board and the campaign list through the DB worker', async () => {
    const board = await call<StatsBoard>('stats:board', query);
    expect(board.days).toHaveLength(7);
    expect(board.total.calls).toBe(board.days.reduce((n, d) => n + d.calls, 0));
    expect(board.total.calls).toBeGreaterThan(1000);
    expect(await call('stats:campaigns', {})).toEqual([{ id: 'autumn', name: null }, { id: 'spring', name: null }, { id: 'vip', name: null }]);
  });

  it.each([
    [{ ...query, to: '2026-03-01' }, /INVALID_INPUT: to: The range ends before it starts/],
    [{ ...query, timeZone: 'Asia/Nowhere' }, /INVALID_INPUT: timeZone: Unknown time zone/],
    [{ ...query, from: '2026-13-01' }, /INVALID_INPUT: from: There is no such day/],
  ])('refuses %o with a clear reason', async (payload, reason) => {
    await expect(call('stats:board', payload)).rejects.toThrow(reason);
    await expect(call('stats:export', { query: payload, format: 'csv', language: 'en' })).rejects.toThrow(reason.source.replace('INVALID_INPUT: ', 'INVALID_INPUT: query.'));
  });

  it('exports CSV with a BOM, the same figures as the board, and no phone numbers', async () => {
    const board = await call<StatsBoard>('stats:board', query);
    const { path, fileName } = await call<{ path: string; fileName: string }>('stats:export', { query, format: 'csv', language: 'zh-CN' });
    expect(fileName).toBe('dialdeck-stats-2026-03-09_2026-03-15-20260316T010203.csv');
    expect(path).toBe(join(exportDir, fileName));
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const [header, ...rows] = await readCsv(text);
    expect(header!.slice(0, 6)).toEqual(['分组', '项目', '呼叫总数', '外呼', '接通', '接通率']);
    expect(rows).toHaveLength(7 + 24 + board.campaigns.length + 1);
    const day = rows.find((r) => r[0] === '按日' && r[1] === '2026-03-11')!;
    const boardDay = board.days.find((d) => d.day === '2026-03-11')!;
    expect(day.slice(2, 5).map(Number)).toEqual([boardDay.calls, boardDay.outbound, boardDay.connected]);
    expect(day[5]).toBe(`${((boardDay.connected / boardDay.outbound) * 100).toFixed(1)}%`);
    expect(Number(day[7])).toBe(Math.round(boardDay.talkMs / 1000));
    expect(rows.find((r) => r[0] === '合计')!.slice(2, 3).map(Number)).toEqual([board.total.calls]);
    expect(rows.filter((r) => r[0] === '按外呼任务').map((r) => r[1])).toContain('无任务（手动拨号和呼入）');
    // in zh-CN only the campaigns' own ids and the time zone are Latin: every header and word is Chinese
    const words = [header!, ...rows].flat().filter((cell) => !/^(autumn|spring|vip)$/.test(cell)).join(' ').replace('Asia/Shanghai', '');
    expect(words).not.toMatch(/[A-Za-z]/);
    for (const c of calls) expect(text).not.toContain(c.number.slice(3));
  });

  it('exports XLSX with one sheet per view, numbers as numbers, rates as percentages', async () => {
    const board = await call<StatsBoard>('stats:board', { ...query, campaignId: 'spring' });
    const { path, fileName } = await call<{ path: string; fileName: string }>('stats:export', { query: { ...query, campaignId: 'spring' }, format: 'xlsx', language: 'en' });
    expect(fileName).toMatch(/^dialdeck-stats-2026-03-09_2026-03-15-spring-\d{8}T\d{6}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Per day', 'Per hour of the day', 'Per campaign', 'Total']);
    const days = workbook.getWorksheet('Per day')!;
    expect(days.getRow(1).values).toEqual([undefined, 'Date', 'Calls', 'Outbound', 'Connected', 'Connect rate', 'Inbound', 'Talk time (s)', 'Average talk (s)', ...OUTCOME_KEYS.map(() => expect.any(String))]);
    expect(days.rowCount).toBe(1 + 7);
    for (const [i, d] of board.days.entries()) {
      const row = days.getRow(i + 2);
      expect(row.getCell(1).value).toBe(d.day);
      expect([row.getCell(2).value, row.getCell(3).value, row.getCell(4).value]).toEqual([d.calls, d.outbound, d.connected]);
      expect(row.getCell(5).value).toBeCloseTo(d.connected / d.outbound, 4);
      expect(row.getCell(5).numFmt).toBe('0.0%');
    }
    const campaigns = workbook.getWorksheet('Per campaign')!;
    expect(campaigns.rowCount).toBe(2);
    expect(campaigns.getRow(2).getCell(1).value).toBe('spring');
    const hours = workbook.getWorksheet('Per hour of the day')!;
    let hourCalls = 0;
    hours.eachRow((row, n) => void (n > 1 && (hourCalls += row.getCell(2).value as number)));
    expect(hourCalls).toBe(board.total.calls);
    const cells: string[] = [];
    for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value))));
    const text = cells.join('\n');
    for (const c of calls) expect(text).not.toContain(c.number.slice(3));
  });

  it('a failed export says why and leaves no file behind', async () => {
    const blocked = join(dir, 'not-a-folder');
    writeFileSync(blocked, 'a file where the export folder should be');
    await expect(call('stats:export', { query, format: 'xlsx', language: 'en' }, blocked)).rejects.toThrow(/INTERNAL/);
    // the file is written, then cannot take its name (a folder has it): the partial file goes
    const clash = join(dir, 'clash');
    mkdirSync(join(clash, 'dialdeck-stats-2026-03-09_2026-03-15-20260316T010203.xlsx'), { recursive: true });
    await expect(call('stats:export', { query, format: 'xlsx', language: 'en' }, clash)).rejects.toThrow(/INTERNAL/);
    expect(readdirSync(clash)).toEqual(['dialdeck-stats-2026-03-09_2026-03-15-20260316T010203.xlsx']);
  });
});
