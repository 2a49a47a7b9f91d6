import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { readCsvTable } from './read-csv-table';
import { ImportInputError } from '../../store/store-errors';
import type { OpenedTable } from './table-rows';
import { reason } from '../../../../common/ipc/failure-reason';

const READERS: Record<string, (file: string) => Promise<OpenedTable>> = {
  '.csv': readCsvTable,
  '.txt': readCsvTable,
  '.tsv': readCsvTable,
  // exceljs takes ~0.3 s to load: only pay for it when a spreadsheet is opened
  '.xlsx': async (file) => (await import('./read-xlsx-table')).readXlsxTable(file),
};

export const SUPPORTED_EXTENSIONS = Object.keys(READERS);

export function unsupportedFileType(file: string): ImportInputError {
  return new ImportInputError(`unsupported file type ${extname(file) || '(none)'}: use .csv or .xlsx (save .xls as .xlsx first)`, reason('import.fileType'));
}

/**
 * A customer list is a regular file with a known extension. A folder, a device (/dev/zero reads forever)
 * or a missing path is refused as bad input before any reader touches it.
 */
export function checkImportable(file: string): void {
  if (!SUPPORTED_EXTENSIONS.includes(extname(file).toLowerCase())) throw unsupportedFileType(file);
  let kind: 'file' | 'folder' | 'other';
  try {
    const stats = statSync(file);
    kind = stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'other';
  } catch {
    throw new ImportInputError(`file not found: ${file}`, reason('import.fileMissing'));
  }
  if (kind === 'folder') throw new ImportInputError(`${file} is a folder: choose the .csv or .xlsx file inside it`, reason('import.folder'));
  if (kind === 'other') throw new ImportInputError(`${file} is not a regular file (a device or a pipe): choose a .csv or .xlsx file`, reason('import.notAFile'));
}

export function openTable(file: string): Promise<OpenedTable> {
  checkImportable(file);
  return READERS[extname(file).toLowerCase()]!(file);
}
