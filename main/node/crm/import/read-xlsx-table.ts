import ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';
import { cellText } from './cell-text';
import { ImportInputError } from '../../store/store-errors';
import type { OpenedTable, TableRow } from './table-rows';
import { reason } from '../../../../common/ipc/failure-reason';

const BATCH_ROWS = 1000;

/** Streams the first worksheet: a 1M-row sheet is never held in memory. */
export async function readXlsxTable(file: string): Promise<OpenedTable> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'emit',
  });
  const rowIterator = firstSheetRows(workbook);
  const first = await rowIterator.next().catch((error: Error) => {
    throw new ImportInputError(`cannot read ${file} as .xlsx: ${error.message}`, reason('import.badWorkbook'));
  });
  if (first.done) throw new ImportInputError(`${file} has no rows in its first sheet`, reason('import.noSheetRows'));
  let stopped = false;

  async function* batches(): AsyncGenerator<TableRow[]> {
    let batch: TableRow[] = [];
    for (;;) {
      const next = stopped ? undefined : await rowIterator.next();
      if (!next || next.done) break;
      if (next.value.cells.some((cell) => cell.trim() !== '')) batch.push(next.value);
      if (batch.length === BATCH_ROWS) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }
  return {
    encoding: 'xlsx',
    headers: first.value.cells.map((h) => h.trim()),
    batches: batches(),
    progress: () => null,
    close: () => {
      stopped = true;
    },
  };
}

async function* firstSheetRows(workbook: ExcelJS.stream.xlsx.WorkbookReader): AsyncGenerator<TableRow> {
  for await (const sheet of workbook) {
    for await (const row of sheet) {
      // row.values is 1-based and sparse: index 0 is unused, empty cells are holes
      const values = row.values as CellValue[];
      const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellText(values[i + 1] ?? null));
      yield { line: row.number, cells };
    }
    return;
  }
}
