import { z } from 'zod';
import { HeaderMapping } from './header-mapping';

export const TextEncodingName = z.enum(['utf-8', 'gb18030', 'utf-16le', 'utf-16be', 'xlsx']);
export type TextEncodingName = z.infer<typeof TextEncodingName>;

export const PreviewImportRequest = z.object({ file: z.string().min(1), rows: z.number().int().min(1).max(100).default(10) });
export const ImportPreview = z.object({
  file: z.string(),
  encoding: TextEncodingName,
  headers: z.array(z.string()),
  suggestedMapping: HeaderMapping,
  rows: z.array(z.array(z.string())),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const StartImportRequest = z.object({
  file: z.string().min(1),
  /** Omit to use the suggested mapping. */
  mapping: HeaderMapping.optional(),
  listName: z.string().trim().min(1).max(200).optional(),
});
export type StartImportRequest = z.input<typeof StartImportRequest>;

/** Why a data row was not imported. */
export const RowIssueReason = z.enum(['invalid', 'duplicateInFile', 'duplicateInDatabase', 'dnc', 'highComplaint']);
export type RowIssueReason = z.infer<typeof RowIssueReason>;
export const RowIssue = z.object({
  /** Line in the file (CSV) or row in the sheet (xlsx); the header is line 1. */
  line: z.number().int().positive(),
  reason: RowIssueReason,
  value: z.string(),
  detail: z.string(),
});
export type RowIssue = z.infer<typeof RowIssue>;

export const ImportCounts = z.object({
  rows: z.number().int(),
  imported: z.number().int(),
  duplicates: z.number().int(),
  invalid: z.number().int(),
  dnc: z.number().int(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

export const ImportProgress = ImportCounts.extend({
  jobId: z.number().int(),
  rowsPerSecond: z.number(),
  /** Bytes read / file size; null for xlsx where the zip hides the row count. */
  fraction: z.number().min(0).max(1).nullable(),
  etaMs: z.number().int().nullable(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;

export const ImportStatus = z.enum(['running', 'completed', 'cancelled', 'failed', 'interrupted']);
export const ImportSummary = ImportCounts.extend({
  jobId: z.number().int(),
  status: ImportStatus,
  ms: z.number().int(),
  error: z.string().nullable(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

export const ImportReportRequest = z.object({ jobId: z.number().int().positive() });
