import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { sniffCsv } from './sniff-csv';
import { CsvSplitter } from './csv-splitter';
import { ImportInputError } from '../../store/store-errors';
import type { OpenedTable, TableRow } from './table-rows';
import { reason } from '../../../../common/ipc/failure-reason';

export async function readCsvTable(file: string): Promise<OpenedTable> {
  const { encoding, delimiter } = await sniffCsv(file);
  const size = (await stat(file)).size;
  const source = createReadStream(file, { highWaterMark: 1 << 20 });
  const records = recordBatches(source, encoding, delimiter);
  const first = await records.next();
  const [header, ...firstRows] = first.done ? [] : first.value;
  if (!header) throw new ImportInputError(`${file} is empty`, reason('import.empty'));

  async function* batches(): AsyncGenerator<TableRow[]> {
    if (firstRows.length) yield nonBlank(firstRows);
    for await (const batch of records) yield nonBlank(batch);
  }
  return {
    encoding,
    headers: header.cells.map((h) => h.trim()),
    batches: batches(),
    progress: () => (size === 0 ? 1 : Math.min(1, source.bytesRead / size)),
    close: () => source.destroy(),
  };
}

/** Records of each 1 MiB chunk, decoded and split synchronously. */
async function* recordBatches(source: AsyncIterable<Buffer>, encoding: string, delimiter: string): AsyncGenerator<TableRow[]> {
  const decoder = iconv.getDecoder(encoding); // strips the BOM, so the first header is never "\ufeff姓名"
  const splitter = new CsvSplitter(delimiter);
  for await (const chunk of source) {
    const rows = splitter.push(decoder.write(chunk));
    if (rows.length) yield rows;
  }
  const rows = [...splitter.push(decoder.end() ?? ''), ...splitter.end()];
  if (rows.length) yield rows;
}

/** Blank lines are dropped here but still counted, so reported line numbers match an editor's. */
function nonBlank(rows: TableRow[]): TableRow[] {
  return rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
}
