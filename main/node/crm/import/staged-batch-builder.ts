import type { ContactDraft, ImportCounts, RowIssue } from '../../../../common/crm';
import { searchableDigits } from '../db/search-index';
import type { StagedBatch } from './parse-protocol';

type StagedContact = [line: number, name: string, company: string, searchDigits: string, extra?: string];
type StagedPhone = [line: number, position: number, key: string, e164: string, national: string, extension: string | null, kind: string, raw: string];

/**
 * Collects the accepted rows and issues of one batch as the staging row stores them. A batch is one
 * row of JSON: staging then costs about as much as writing a file, and jsonb_each expands it at
 * publish. Built on the parse worker, so the writer only binds four strings.
 */
export class StagedBatchBuilder {
  private contacts: StagedContact[] = [];
  private phones: StagedPhone[] = [];
  private notes: [number, string][] = [];
  private tags: [number, string][] = [];
  private issues: RowIssue[] = [];

  add(line: number, draft: ContactDraft): void {
    // extra is left out when empty (most rows); publish reads a missing one as '{}'
    const extra = Object.keys(draft.extra).length ? JSON.stringify(draft.extra) : undefined;
    const digits = searchableDigits(draft.phones);
    this.contacts.push(extra ? [line, draft.name, draft.company, digits, extra] : [line, draft.name, draft.company, digits]);
    for (let position = 0; position < draft.phones.length; position++) {
      const p = draft.phones[position]!;
      this.phones.push([line, position, p.key, p.e164, p.national, p.extension ?? null, p.kind, p.raw]);
    }
    if (draft.note) this.notes.push([line, draft.note]);
    for (const tag of draft.tags) this.tags.push([line, tag]);
  }

  report(issue: RowIssue): void {
    this.issues.push(issue);
  }

  get size(): number {
    return this.contacts.length + this.issues.length;
  }

  /** Everything collected since the last take; `lastLine` is the last line read. */
  take(lastLine: number, counts: ImportCounts, fraction: number | null): StagedBatch {
    const batch: StagedBatch = {
      firstLine: this.contacts[0]?.[0] ?? null,
      lastLine,
      counts: { ...counts },
      fraction,
      contacts: JSON.stringify(this.contacts),
      phones: JSON.stringify(this.phones),
      notes: JSON.stringify(this.notes),
      tags: JSON.stringify(this.tags),
      issues: this.issues,
    };
    this.contacts = [];
    this.phones = [];
    this.notes = [];
    this.tags = [];
    this.issues = [];
    return batch;
  }
}
