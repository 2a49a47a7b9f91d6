import type { ContactDraft, ImportCounts, RowIssue } from '../../../../common/crm';
import type { ImportFilters } from './import-filters';

/**
 * Why a row is not imported, decided while reading: no valid number, do-not-call, or a number an
 * earlier line of the file already took. Numbers already in the database are found at publish.
 */
export function classifyRow(line: number, draft: ContactDraft, filters: ImportFilters, firstLineOf: ReadonlyMap<string, number>): RowIssue | undefined {
  if (draft.phones.length === 0) {
    const value = draft.rejectedPhones.join(' / ');
    return { line, reason: 'invalid', value, detail: { code: value ? 'notPhone' : 'noPhone' } };
  }
  const rejection = filters.check(draft.phones);
  if (rejection) return { line, ...rejection };
  for (const phone of draft.phones) {
    const earlier = firstLineOf.get(phone.key);
    if (earlier !== undefined) return { line, reason: 'duplicateInFile', value: phone.raw, detail: { code: 'sameAsLine', line: earlier } };
  }
  return undefined;
}

export function countIssue(counts: ImportCounts, issue: RowIssue): void {
  if (issue.reason === 'invalid') counts.invalid++;
  else if (issue.reason === 'dnc' || issue.reason === 'highComplaint') counts.dnc++;
  else counts.duplicates++;
}
