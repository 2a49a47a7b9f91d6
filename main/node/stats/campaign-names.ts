// Campaign names for the board. The campaign feature keeps each campaign's settings (common/campaign
// Campaign, name included) as JSON in the campaigns table; databases from before that table show ids.
import type { Database } from 'better-sqlite3';

export function campaignNames(db: Database, ids: readonly string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  const columns = db.prepare("SELECT name FROM pragma_table_info('campaigns')").pluck().all() as string[];
  if (!columns.includes('id') || !columns.includes('settings')) return new Map();
  const rows = db
    .prepare(
      `SELECT id, json_extract(settings, '$.name') FROM campaigns
       WHERE id IN (SELECT value FROM json_each(?)) AND json_valid(settings)`,
    )
    .raw()
    .all(JSON.stringify(ids)) as [string, unknown][];
  return new Map(rows.filter((r): r is [string, string] => typeof r[1] === 'string' && r[1].trim() !== '').map(([id, name]) => [id, name]));
}
