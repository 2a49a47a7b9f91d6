import type { Database, Statement } from 'better-sqlite3';
import type { ContactDraft, RowIssue } from '../../../../common/crm';
import { markedText, searchableDigits } from '../db/searchIndex';

/** Prepared statements for one import transaction; the caller owns BEGIN/COMMIT. */
export class ContactWriter {
  private readonly insertContact: Statement;
  private readonly insertPhone: Statement;
  private readonly insertMember: Statement;
  private readonly insertNote: Statement;
  private readonly upsertTag: Statement;
  private readonly insertContactTag: Statement;
  private readonly insertIssue: Statement;
  private readonly insertSearch: Statement;
  private readonly phoneExists: Statement;
  private readonly tagIds = new Map<string, number>();

  constructor(
    db: Database,
    private readonly jobId: number,
    private readonly listId: number | null,
    private readonly now: number,
  ) {
    this.insertContact = db.prepare('INSERT INTO contacts(name, company, extra, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    this.insertPhone = db.prepare(
      'INSERT INTO contact_phones(contact_id, phone_key, e164, national, extension, kind, raw, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.insertMember = db.prepare('INSERT OR IGNORE INTO list_members(list_id, contact_id) VALUES (?, ?)');
    this.insertNote = db.prepare('INSERT INTO notes(contact_id, body, created_at) VALUES (?, ?, ?)');
    this.upsertTag = db.prepare('INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO UPDATE SET name = excluded.name RETURNING id').pluck();
    this.insertContactTag = db.prepare('INSERT OR IGNORE INTO contact_tags(contact_id, tag_id) VALUES (?, ?)');
    this.insertIssue = db.prepare('INSERT INTO import_issues(job_id, line, reason, value, detail) VALUES (?, ?, ?, ?, ?)');
    this.insertSearch = db.prepare('INSERT INTO contact_search(rowid, name, company, phones) VALUES (?, ?, ?, ?)');
    this.phoneExists = db.prepare('SELECT contact_id FROM contact_phones WHERE phone_key = ?').pluck();
  }

  /** Id of the stored contact that already owns this number, if any. */
  owner(phoneKey: string): number | undefined {
    return this.phoneExists.get(phoneKey) as number | undefined;
  }

  write(draft: ContactDraft): number {
    const extra = Object.keys(draft.extra).length ? JSON.stringify(draft.extra) : '{}';
    const id = Number(this.insertContact.run(draft.name, draft.company, extra, this.now, this.now).lastInsertRowid);
    for (let position = 0; position < draft.phones.length; position++) {
      const p = draft.phones[position]!;
      this.insertPhone.run(id, p.key, p.e164, p.national, p.extension ?? null, p.kind, p.raw, position);
    }
    this.insertSearch.run(id, markedText(draft.name), markedText(draft.company), searchableDigits(draft.phones));
    if (this.listId !== null) this.insertMember.run(this.listId, id);
    if (draft.note) this.insertNote.run(id, draft.note, this.now);
    for (const tag of draft.tags) this.insertContactTag.run(id, this.tagId(tag));
    return id;
  }

  report(issue: RowIssue): void {
    this.insertIssue.run(this.jobId, issue.line, issue.reason, issue.value, issue.detail);
  }

  private tagId(name: string): number {
    let id = this.tagIds.get(name);
    if (id === undefined) {
      id = this.upsertTag.get(name) as number;
      this.tagIds.set(name, id);
    }
    return id;
  }
}
