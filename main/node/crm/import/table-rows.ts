import type { TextEncodingName } from '../../../../common/crm';

export interface TableRow {
  /** 1-based line/row number in the source where the row starts; the header is line 1. */
  line: number;
  cells: string[];
}

export interface OpenedTable {
  encoding: TextEncodingName;
  headers: string[];
  /** Data rows after the header, in batches: one await per row would cost more than parsing it. */
  batches: AsyncIterable<TableRow[]>;
  /** Share of the file consumed so far (0..1), or null when the format cannot tell. */
  progress(): number | null;
  close(): void;
}
