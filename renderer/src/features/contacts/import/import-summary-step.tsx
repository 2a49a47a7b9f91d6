// Step 5: the outcome, the rows that were not imported and why, and the report as CSV.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { issueDetailText, issueReasonText, type ImportSummary, type RowIssue } from '../../../../../common/crm';
import { uiLanguageOf } from '../../../i18n';
import { crm } from '../parts/crm-api';
import { ErrorLine } from '../../../ui-shared/error-line';
import { errorText } from '../../../ui-shared/error-text';
import { DataTable, type Column } from '../../../ui-shared/data-table';
import { downloadCsv } from './download-csv';

export function SummaryStep({ summary, onAgain, onShowContacts }: { summary: ImportSummary; onAgain(): void; onShowContacts(): void }) {
  const { t, i18n } = useTranslation();
  const [report, setReport] = useState<{ issues: RowIssue[]; csv: string }>();
  const [error, setError] = useState<string>();
  // the report's words (the file's headers, reasons and details) are in the UI language
  const language = uiLanguageOf(i18n.language);
  useEffect(() => {
    crm.importReport({ jobId: summary.jobId, language }).then(setReport, (e: unknown) => setError(errorText(t, e, 'import.reportFailed')));
  }, [summary.jobId, language, t]);
  const n = (x: number) => x.toLocaleString(i18n.language);
  const issueColumns: Column<RowIssue>[] = [
    { key: 'line', header: t('import.issueLine'), cell: (i) => i.line },
    { key: 'reason', header: t('import.issueReason'), cell: (i) => issueReasonText(i.reason, language) },
    { key: 'value', header: t('import.issueValue'), cell: (i) => i.value },
    { key: 'detail', header: t('import.issueDetail'), cell: (i) => issueDetailText(i.detail, language), className: 'issue-detail' },
  ];
  const counts = [['rows', summary.rows], ['imported', summary.imported], ['duplicates', summary.duplicates], ['invalid', summary.invalid], ['dnc', summary.dnc]] as const;

  return (
    <div className="wizard-step">
      <p role="status" className={summary.status === 'completed' ? 'ok' : 'warn'} data-testid="import-result">
        {t(`import.status.${summary.status}`, { seconds: n(Math.round(summary.ms / 100) / 10) })}
      </p>
      <dl className="summary-counts" data-testid="import-summary">
        {counts.map(([k, v]) => (
          <div key={k} data-testid={`count-${k}`}>
            <dt>{t(`import.count.${k}`)}</dt>
            <dd>{n(v)}</dd>
          </div>
        ))}
      </dl>
      <ErrorLine message={error} />
      {report && report.issues.length > 0 && (
        <>
          <h3>{t('import.issues', { n: report.issues.length })}</h3>
          <DataTable columns={issueColumns} rows={report.issues} rowKey={(i) => `${i.line}-${i.reason}-${i.value}`} testId="import-issues" scroll="short" />
        </>
      )}
      <div className="actions">
        {report && (
          <button type="button" onClick={() => downloadCsv(report.csv, `import-report-${summary.jobId}.csv`)} data-testid="import-export">
            {t('import.export')}
          </button>
        )}
        <button type="button" onClick={onAgain}>{t('import.again')}</button>
        <button type="button" className="primary" onClick={onShowContacts}>{t('import.showContacts')}</button>
      </div>
    </div>
  );
}
