import type { Database } from 'better-sqlite3';
import type { ListDto } from '../../../../common/crm';

/**
 * Call lists for the Contacts filter, by name in code-point order (the renderer re-sorts with its
 * locale collator); size counts each list's members on the (list_id, contact_id) primary key.
 */
export function listCallLists(db: Database): ListDto[] {
  return db
    .prepare('SELECT l.id, l.name, (SELECT count(*) FROM list_members m WHERE m.list_id = l.id) AS size FROM lists l ORDER BY l.name, l.id')
    .all() as ListDto[];
}
