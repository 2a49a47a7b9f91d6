import type { Database } from 'better-sqlite3';
import { Campaign } from '../../../../common/campaign/campaign-schema';
import type { CampaignSummary } from '../../../../common/campaign/dto';
import { NotFoundError } from '../../store/store-errors';
import { CampaignInputError } from '../../store/store-errors';
import { reason } from '../../../../common/ipc/failure-reason';

/** Stored settings are parsed again on read, so a row written by an older build gets today's defaults. */
export function getCampaign(db: Database, id: string): Campaign {
  const settings = db.prepare('SELECT settings FROM campaigns WHERE id = ?').pluck().get(id) as string | undefined;
  if (settings === undefined) throw new NotFoundError(`campaign ${id} not found`, reason('campaign.missing'));
  return Campaign.parse(JSON.parse(settings));
}

export function saveCampaign(db: Database, input: unknown, now = Date.now()): Campaign {
  const campaign = Campaign.parse(input);
  const known = new Set((db.prepare('SELECT id FROM lists').pluck().all() as number[]).map(String));
  const unknown = campaign.listIds.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new CampaignInputError(`unknown call list ${unknown.join(', ')}`, reason('campaign.unknownList'));
  db.prepare(
    `INSERT INTO campaigns(id, settings, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at`,
  ).run(campaign.id, JSON.stringify(campaign), now, now);
  return campaign;
}

export function archiveCampaign(db: Database, id: string, archived: boolean, now = Date.now()): boolean {
  const { changes } = db.prepare('UPDATE campaigns SET archived = ?, updated_at = ? WHERE id = ?').run(archived ? 1 : 0, now, id);
  if (changes === 0) throw new NotFoundError(`campaign ${id} not found`, reason('campaign.missing'));
  return archived;
}

export function listCampaigns(db: Database, includeArchived: boolean): CampaignSummary[] {
  const rows = db
    .prepare(`SELECT id, settings, archived, updated_at AS updatedAt FROM campaigns ${includeArchived ? '' : 'WHERE archived = 0'} ORDER BY updated_at DESC, id`)
    .all() as Array<{ id: string; settings: string; archived: number; updatedAt: number }>;
  const attempts = db.prepare('SELECT count(*) FROM campaign_attempts WHERE campaign_id = ?').pluck();
  return rows.map((row) => {
    const campaign = Campaign.parse(JSON.parse(row.settings));
    const lists = campaign.listIds.map(Number).filter(Number.isInteger);
    const leads = db
      .prepare(`SELECT count(DISTINCT contact_id) FROM list_members WHERE list_id IN (${lists.map(() => '?').join(',') || 'NULL'})`)
      .pluck()
      .get(...lists) as number;
    return {
      id: row.id,
      name: campaign.name,
      mode: campaign.mode,
      listIds: campaign.listIds,
      archived: row.archived === 1,
      leads,
      attempts: attempts.get(row.id) as number,
      updatedAt: row.updatedAt,
    };
  });
}
