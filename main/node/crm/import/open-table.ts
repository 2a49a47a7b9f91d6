import { extname } from 'node:path';
import { readCsvTable } from './read-csv-table';
import { ImportInputError } from '../../store/store-errors';
import type { OpenedTable } from './table-rows';

const READERS: Record<string, (file: string) => Promise<OpenedTable>> = {
  '.csv': readCsvTable,
  '.txt': readCsvTable,
  '.tsv': readCsvTable,
  // exceljs takes ~0.3 s to load: only pay for it when a spreadsheet is opened
  '.xlsx': async (file) => (await import('./read-xlsx-table')).readXlsxTable(file),
};

export const SUPPORTED_EXTENSIONS = Object.keys(READERS);

export function unsupportedFileType(file: string): ImportInputError {
  return new ImportInputError(`unsupported file type ${extname(file) || '(none)'}: use .csv or .xlsx (save .xls as .xlsx first)`);
}

export function openTable(file: string): Promise<OpenedTable> {
  const reader = READERS[extname(file).toLowerCase()];
  if (!reader) throw unsupportedFileType(file);
  return reader(file);
}
