import type { HeaderMapping, ImportCounts, RowIssue } from '../../../../common/crm';
import type { FilterLists } from './import-filters';
import type { FailureDetails } from '../../store/worker-failure';

/**
 * Messages between the import (the SQLite writer) and its parse worker, which reads, normalises,
 * filters and dedups rows on the second core while the writer commits the previous batch.
 */
export interface ParseWorkerData {
  file: string;
}

/** What the writer tells the worker once the job exists (new or resumed). */
export interface ParseStart {
  type: 'start';
  mapping: HeaderMapping;
  /** Lines up to here are committed by an earlier run of the job and are skipped. */
  stagedLine: number;
  counts: ImportCounts;
  filters: FilterLists;
  /** Numbers staged by an earlier run, with the line that claimed each (in-file dedup across a resume). */
  firstLineOf: Map<string, number>;
}

/** One batch as the staging table stores it: rows are JSON text, built on the worker. */
export interface StagedBatch {
  /** First line of an accepted row; null when the batch accepted none. */
  firstLine: number | null;
  /** Last line read; everything up to it is decided once this batch commits. */
  lastLine: number;
  /** The job's counts after this batch. */
  counts: ImportCounts;
  fraction: number | null;
  /** JSON [[line, name, company, phone text for the search index, extra?], ...] */
  contacts: string;
  /** JSON [[line, position, key, e164, national, extension, kind, raw], ...] */
  phones: string;
  /** JSON [[line, note], ...] */
  notes: string;
  /** JSON [[line, tag], ...] */
  tags: string;
  issues: RowIssue[];
}

export type ToParser = ParseStart | { type: 'ack' };

export type FromParser =
  | { type: 'opened'; headers: string[] }
  | { type: 'batch'; batch: StagedBatch }
  | { type: 'done' }
  /** A failure the worker caught: `input` is bad input the user can fix, shown as-is. */
  | { type: 'error'; input: boolean; failure: FailureDetails };
