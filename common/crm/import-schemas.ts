import { z } from 'zod';
import { UiLanguage } from '../i18n/ui-language';
import { DncReason } from './dnc-schemas';
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
/**
 * What the reason refers to, as facts the report says in the user's language (never a sentence):
 * no number at all or none that is valid; the earlier line with the same number; the customer who
 * already has it; the do-not-call entry's reason; the complaints on record.
 */
export const RowIssueDetail = z.discriminatedUnion('code', [
  z.object({ code: z.literal('noPhone') }),
  z.object({ code: z.literal('notPhone') }),
  z.object({ code: z.literal('sameAsLine'), line: z.number().int().positive() }),
  z.object({ code: z.literal('existingContact'), contactId: z.number().int().positive() }),
  z.object({ code: z.literal('onDnc'), dncReason: DncReason.optional() }),
  z.object({ code: z.literal('complaints'), count: z.number().int().nonnegative() }),
  /** nothing more than the reason (a row stored before details were facts, whose text says no more) */
  z.object({ code: z.literal('none') }),
]);
export type RowIssueDetail = z.infer<typeof RowIssueDetail>;
export const RowIssue = z.object({
  /** Line in the file (CSV) or row in the sheet (xlsx); the header is line 1. */
  line: z.number().int().positive(),
  reason: RowIssueReason,
  /** the number(s) as the file has them */
  value: z.string(),
  detail: RowIssueDetail,
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

/** the report's words (headers, reasons, details) are in `language` */
export const ImportReportRequest = z.object({ jobId: z.number().int().positive(), language: UiLanguage.default('zh-CN') });
