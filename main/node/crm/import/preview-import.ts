import { suggestMapping } from '../../../../common/crm';
import type { ImportPreview } from '../../../../common/crm';
import { openTable } from './open-table';

export async function previewImport(file: string, rowCount = 10): Promise<ImportPreview> {
  const table = await openTable(file);
  try {
    const rows: string[][] = [];
    for await (const batch of table.batches) {
      rows.push(...batch.slice(0, rowCount - rows.length).map((row) => row.cells));
      if (rows.length >= rowCount) break;
    }
    return { file, encoding: table.encoding, headers: table.headers, suggestedMapping: suggestMapping(table.headers), rows };
  } finally {
    table.close();
  }
}
