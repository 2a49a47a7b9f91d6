// Writes the board as a file: CSV (one flat table, UTF-8 with a BOM so Excel in zh-CN reads it right)
// or XLSX (one sheet per table, rates as percentages). Atomic enough for a user file: written under a
// temporary name and renamed, so a failed export never leaves half a file behind.
import { rename, rm, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { toCsvLine, UTF8_BOM } from '../../../common/crm';
import type { UiLanguage } from '../../../common/i18n/ui-language';
import { flatStatsTable, statsTables, type Cell, type ColumnKind, type StatsBoard, type Table } from '../../../common/stats';

export type StatsFileFormat = 'csv' | 'xlsx';

const csvCell = (cell: Cell, kind: ColumnKind) => (kind === 'percent' && typeof cell === 'number' ? `${(cell * 100).toFixed(1)}%` : cell);

export function statsCsv(board: StatsBoard, language: UiLanguage): string {
  const table = flatStatsTable(statsTables(board, language), language);
  const lines = [toCsvLine(table.columns.map((c) => c.header))];
  for (const row of table.rows) lines.push(toCsvLine(row.map((cell, i) => csvCell(cell, table.columns[i]!.kind))));
  return UTF8_BOM + lines.join('');
}

const numFmt: Record<ColumnKind, string | undefined> = { text: undefined, count: '0', percent: '0.0%', seconds: '0' };

function addSheet(workbook: ExcelJS.Workbook, table: Table): void {
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c, i) => ({
    header: c.header,
    key: String(i),
    width: i === 0 ? 24 : Math.max(10, c.header.length * 2 + 2),
    ...(numFmt[c.kind] ? { style: { numFmt: numFmt[c.kind] } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  // cells are values, never formulas: a campaign name starting with = stays text
  for (const row of table.rows) sheet.addRow(row.map((cell) => cell ?? null));
}

export async function statsXlsx(board: StatsBoard, language: UiLanguage): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Dialdeck';
  for (const table of statsTables(board, language)) addSheet(workbook, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function writeStatsFile(board: StatsBoard, format: StatsFileFormat, language: UiLanguage, path: string): Promise<void> {
  const body = format === 'csv' ? statsCsv(board, language) : await statsXlsx(board, language);
  const partial = `${path}.partial`;
  try {
    await writeFile(partial, body);
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** e.g. dialdeck-stats-2026-03-01_2026-03-07-spring_push-20260308T091500.xlsx */
export function statsFileName(board: StatsBoard, format: StatsFileFormat, now: Date): string {
  const campaign = board.query.campaignId === null ? '' : `-${board.query.campaignId.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 40)}`;
  const stamp = now.toISOString().replace(/[-:]/g, '').slice(0, 15);
  return `dialdeck-stats-${board.query.from}_${board.query.to}${campaign}-${stamp}.${format}`;
}
