import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Database } from 'better-sqlite3';
import { toCsvLine, UTF8_BOM } from '../../../common/crm';

export const EXPORT_HEADER = ['姓名', '电话', '公司', '标签', '名单', '最近结果', '下次回访'];

/** Streams contacts (optionally one list) to CSV with a BOM so Excel shows the Chinese correctly. */
export async function exportContacts(db: Database, out: NodeJS.WritableStream, listName?: string): Promise<number> {
  const rows = db
    .prepare(
      `SELECT c.name, c.company, c.last_outcome AS lastOutcome, c.next_follow_up_at AS nextFollowUpAt,
         (SELECT group_concat(coalesce(p.e164 || CASE WHEN p.extension IS NULL THEN '' ELSE '转' || p.extension END, ''), ' / ')
            FROM contact_phones p WHERE p.contact_id = c.id) AS phones,
         (SELECT group_concat(t.name, ',') FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = c.id) AS tags,
         (SELECT group_concat(l.name, ',') FROM list_members m JOIN lists l ON l.id = m.list_id WHERE m.contact_id = c.id) AS lists
       FROM contacts c
       WHERE @list IS NULL OR c.id IN (SELECT m.contact_id FROM list_members m JOIN lists l ON l.id = m.list_id WHERE l.name = @list)
       ORDER BY c.id`,
    )
    .iterate({ list: listName ?? null }) as Iterable<Record<string, string | number | null>>;
  out.write(UTF8_BOM + toCsvLine(EXPORT_HEADER));
  let count = 0;
  for (const r of rows) {
    const followUp = typeof r.nextFollowUpAt === 'number' ? new Date(r.nextFollowUpAt).toISOString() : '';
    if (!out.write(toCsvLine([r.name, r.phones, r.company, r.tags, r.lists, r.lastOutcome, followUp]))) await once(out, 'drain');
    count++;
  }
  return count;
}

export async function exportContactsToFile(db: Database, file: string, listName?: string): Promise<number> {
  const out = createWriteStream(file);
  const count = await exportContacts(db, out, listName);
  out.end();
  await once(out, 'finish');
  return count;
}
