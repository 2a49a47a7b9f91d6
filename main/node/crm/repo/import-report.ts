import type { Database } from 'better-sqlite3';
import { toCsvLine, UTF8_BOM } from '../../../../common/crm';
import type { RowIssue } from '../../../../common/crm';

export function importIssues(db: Database, jobId: number): RowIssue[] {
  return db.prepare('SELECT line, reason, value, detail FROM import_issues WHERE job_id = ? ORDER BY line').all(jobId) as RowIssue[];
}

/** The per-row report as a CSV the user opens in Excel (hence the BOM). */
export function importReportCsv(db: Database, jobId: number): string {
  return UTF8_BOM + toCsvLine(['line', 'reason', 'value', 'detail']) + importIssues(db, jobId).map((i) => toCsvLine([i.line, i.reason, i.value, i.detail])).join('');
}
