import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { parse } from '@fast-csv/parse';
import { sniffCsv } from './sniffCsv';
import { ImportInputError } from './importErrors';
import type { OpenedTable, TableRow } from './tableRows';

export async function readCsvTable(file: string): Promise<OpenedTable> {
  const { encoding, delimiter } = await sniffCsv(file);
  const size = (await stat(file)).size;
  const source = createReadStream(file, { highWaterMark: 1 << 20 });
  // iconv-lite strips the BOM, so the first header is never "\ufeff姓名"
  const parser = source.pipe(iconv.decodeStream(encoding)).pipe(parse<string[], string[]>({ delimiter, ignoreEmpty: false }));
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const first = await iterator.next().catch((error: Error) => {
    throw new ImportInputError(`cannot parse CSV: ${error.message}`);
  });
  if (first.done) throw new ImportInputError(`${file} is empty`);

  async function* rows(): AsyncGenerator<TableRow> {
    let line = 1;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      line++;
      // blank lines still count, so reported line numbers match what the user sees in an editor
      if (next.value.some((cell) => cell.trim() !== '')) yield { line, cells: next.value };
    }
  }
  return {
    encoding,
    headers: first.value.map((h) => h.trim()),
    rows: rows(),
    progress: () => (size === 0 ? 1 : Math.min(1, source.bytesRead / size)),
    close: () => source.destroy(),
  };
}
