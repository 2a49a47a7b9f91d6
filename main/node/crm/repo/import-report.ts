// The rows an import did not take, with why. The database keeps each detail as JSON facts (line,
// contact id…); the page and the report file say them in the user's language (common/crm/import-report-text).
import type { Database } from 'better-sqlite3';
import { importReportCsv as reportCsv, RowIssueDetail, type RowIssue, type RowIssueReason } from '../../../../common/crm';
import type { UiLanguage } from '../../../../common/i18n/ui-language';
import { reason } from '../../../../common/ipc/failure-reason';
import { NotFoundError } from '../../store/store-errors';

interface IssueRow {
  line: number;
  reason: RowIssueReason;
  value: string;
  detail: string;
}

const SELECT = 'SELECT line, reason, value, detail FROM import_issues WHERE job_id = ? ORDER BY line';
const toIssue = (r: IssueRow): RowIssue => ({ line: r.line, reason: r.reason, value: r.value, detail: issueDetail(r) });

/** The first `limit` rows (the page shows at most 1,000). */
export function importIssues(db: Database, jobId: number, limit = 1000): RowIssue[] {
  requireJob(db, jobId);
  return (db.prepare(`${SELECT} LIMIT ?`).all(jobId, limit) as IssueRow[]).map(toIssue);
}

/** Every row, as the CSV the user opens in Excel, in their language. */
export function importReportCsv(db: Database, jobId: number, language: UiLanguage): string {
  requireJob(db, jobId);
  function* all() {
    for (const row of db.prepare(SELECT).iterate(jobId) as Iterable<IssueRow>) yield toIssue(row);
  }
  return reportCsv(all(), language);
}

/** A job that does not exist has no report: said, not answered with an empty one. */
function requireJob(db: Database, jobId: number): void {
  if (db.prepare('SELECT 1 FROM import_jobs WHERE id = ?').get(jobId) === undefined) throw new NotFoundError(`import job ${jobId} not found`, reason('import.jobMissing'));
}

/** The stored detail; rows written before details were facts hold an English sentence, read back here. */
export function issueDetail(row: Pick<IssueRow, 'reason' | 'value' | 'detail'>): RowIssueDetail {
  try {
    const parsed = RowIssueDetail.safeParse(JSON.parse(row.detail));
    if (parsed.success) return parsed.data;
  } catch {
    // an older row's sentence
  }
  const number = (re: RegExp) => Number(re.exec(row.detail)?.[1] ?? 0);
  switch (row.reason) {
    case 'invalid':
      return { code: row.value ? 'notPhone' : 'noPhone' };
    case 'duplicateInFile': {
      const line = number(/line (\d+)/);
      return line > 0 ? { code: 'sameAsLine', line } : { code: 'none' };
    }
    case 'duplicateInDatabase': {
      const contactId = number(/contact (\d+)/);
      return contactId > 0 ? { code: 'existingContact', contactId } : { code: 'none' };
    }
    case 'dnc': {
      const dncReason = /do-not-call: (\w+)/.exec(row.detail)?.[1];
      return dncReason === 'refused' || dncReason === 'complaint' || dncReason === 'regulator' || dncReason === 'invalid' ? { code: 'onDnc', dncReason } : { code: 'onDnc' };
    }
    case 'highComplaint':
      return { code: 'complaints', count: number(/(\d+)\+ complaints/) };
  }
}
