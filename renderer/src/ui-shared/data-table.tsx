// The one table the list screens show (campaigns, compliance trail, do-not-call list, a contact's calls,
// the statistics, the import preview and report, the campaign editor's tables): a header row of
// column names, one row per item, and what to show when there is nothing or more to load.
// Styles: .data-table in styles.css.
import type { Key, ReactNode } from 'react';

export interface Column<R> {
  /** React key of the column (unique within the table) */
  key: Key;
  header: ReactNode;
  /** the header is for screen readers only (a column of row buttons) */
  headerHidden?: boolean;
  cell(row: R, index: number): ReactNode;
  /** this column names the row: rendered as <th scope="row"> */
  rowHeader?: boolean;
  /** class of the column's cells ("num", "phone") */
  className?: string;
}

export interface DataTableProps<R> {
  columns: readonly Column<R>[];
  /** null: not loaded yet, nothing is shown */
  rows: readonly R[] | null;
  rowKey(row: R, index: number): Key;
  rowTestId?(row: R, index: number): string | undefined;
  /** classes added to "data-table" */
  className?: string;
  id?: string;
  testId?: string;
  caption?: ReactNode;
  /** the caption is for screen readers only */
  captionHidden?: boolean;
  /**
   * No rows: a line in place of the table (`className` defaults to "muted"), or, with `inTable`, the
   * table with one row saying so. Without `empty` an empty table is shown.
   */
  empty?: { message: ReactNode; className?: string; testId?: string; inTable?: boolean };
  /** rows of a <tfoot> (totals) */
  footer?: ReactNode;
  /** wraps the table in a scrolling box ("short": a lower one) */
  scroll?: 'tall' | 'short';
  /** paging: a "load more" button under the table */
  more?: { label: ReactNode; onMore(): void };
}

export function DataTable<R>({ columns, rows, rowKey, rowTestId, className, id, testId, caption, captionHidden, empty, footer, scroll, more }: DataTableProps<R>) {
  if (rows === null) return null;
  const moreButton = more && (
    <button type="button" onClick={more.onMore}>
      {more.label}
    </button>
  );
  if (rows.length === 0 && empty && !empty.inTable) {
    return (
      <>
        <p className={empty.className ?? 'muted'} data-testid={empty.testId}>
          {empty.message}
        </p>
        {moreButton}
      </>
    );
  }
  const table = (
    <table className={className ? `data-table ${className}` : 'data-table'} id={id} data-testid={testId}>
      {caption !== undefined && <caption className={captionHidden ? 'sr-only' : undefined}>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col">
              {c.headerHidden ? <span className="sr-only">{c.header}</span> : c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={rowKey(row, i)} data-testid={rowTestId?.(row, i)}>
            {columns.map((c) =>
              c.rowHeader ? (
                <th key={c.key} scope="row" className={c.className}>
                  {c.cell(row, i)}
                </th>
              ) : (
                <td key={c.key} className={c.className}>
                  {c.cell(row, i)}
                </td>
              ),
            )}
          </tr>
        ))}
        {rows.length === 0 && empty?.inTable && (
          <tr data-testid={empty.testId}>
            <td colSpan={columns.length} className={empty.className ?? 'muted'}>
              {empty.message}
            </td>
          </tr>
        )}
      </tbody>
      {footer !== undefined && <tfoot>{footer}</tfoot>}
    </table>
  );
  return (
    <>
      {scroll ? <div className={scroll === 'short' ? 'table-scroll short' : 'table-scroll'}>{table}</div> : table}
      {moreButton}
    </>
  );
}
