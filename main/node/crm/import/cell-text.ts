import type { CellValue } from 'exceljs';

/**
 * Spreadsheet cells arrive as numbers, rich text, formulas, hyperlinks or dates; the importer wants text.
 * Phone numbers typed into Excel are often stored as numbers (13800138000), which String() keeps exact.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: CellValue }).result ?? null);
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as CellValue);
  if ('error' in value) return '';
  return '';
}
