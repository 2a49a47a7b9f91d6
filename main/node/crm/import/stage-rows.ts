import { rowToContact } from '../../../../common/crm';
import { classifyRow, countIssue } from './classify-row';
import { ImportFilters } from './import-filters';
import type { ParseStart, StagedBatch } from './parse-protocol';
import { StagedBatchBuilder } from './staged-batch-builder';
import type { OpenedTable } from './table-rows';

/**
 * Rows per committed batch, at least: a CSV reader batch (1 MiB, ~19k contacts) is one, xlsx
 * batches of 1000 rows are joined. Bigger batches mean fewer commits and fewer search-index
 * segments; a kill -9 loses at most one batch of work.
 */
export const MIN_BATCH_ROWS = 16_384;

/**
 * Reads the table after the job's committed lines and decides every row: normalised numbers, or
 * why the row is left out (invalid, do-not-call, a number an earlier line took). Pure CPU work
 * with no database access, so it runs on the parse worker.
 */
export async function* stageRows(table: OpenedTable, start: ParseStart): AsyncGenerator<StagedBatch> {
  const { mapping, stagedLine } = start;
  const counts = { ...start.counts };
  const filters = new ImportFilters(start.filters);
  const firstLineOf = start.firstLineOf;
  const builder = new StagedBatchBuilder();
  let lastLine = stagedLine;
  let read = 0;
  for await (const batch of table.batches) {
    for (const { line, cells } of batch) {
      if (line <= stagedLine) continue; // committed by the run this one resumes
      counts.rows++;
      read++;
      lastLine = line;
      const draft = rowToContact(cells, mapping);
      const issue = classifyRow(line, draft, filters, firstLineOf);
      if (issue) {
        builder.report(issue);
        countIssue(counts, issue);
      } else {
        for (const phone of draft.phones) firstLineOf.set(phone.key, line);
        builder.add(line, draft);
        counts.imported++;
      }
    }
    if (read >= MIN_BATCH_ROWS) {
      yield builder.take(lastLine, counts, table.progress());
      read = 0;
    }
  }
  if (read > 0) yield builder.take(lastLine, counts, table.progress());
}
