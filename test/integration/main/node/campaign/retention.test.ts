import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LogCallRequest } from '../../../../../common/crm';
import { logCall } from '../../../../../main/node/crm/repo/contact-edits';
import { campaignDesk, THU_10AM, type CampaignDesk } from './campaign-env';

let desk: CampaignDesk;
afterEach(() => desk.cleanup());
const DAY = 86_400_000;

function recording(name: string, inside = true): string {
  const dir = inside ? join(desk.env.dir, 'recordings', '2026-01-01', 'sip1') : join(desk.env.dir, 'elsewhere');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, 'webm');
  return path;
}

function call(daysAgo: number, recordingPath: string | null): number {
  return logCall(desk.db, LogCallRequest.parse({ line: 'sip1', direction: 'outbound', number: '13800138001', startedAt: THU_10AM - daysAgo * DAY, outcome: 'answered', recordingPath }));
}

describe('retention', () => {
  it('has defaults, validates its settings and keeps them', async () => {
    desk = await campaignDesk();
    expect(await desk.call('compliance:retention', {})).toEqual({ callRecordsDays: 180, recordingsDays: 90, auditDays: 365 });
    await expect(desk.call('compliance:setRetention', { callRecordsDays: 10, recordingsDays: 30, auditDays: 30 })).rejects.toThrow(/30/);
    expect(await desk.call('compliance:setRetention', { callRecordsDays: 60, recordingsDays: 30, auditDays: 40 })).toEqual({ callRecordsDays: 60, recordingsDays: 30, auditDays: 40 });
    expect(await desk.call('compliance:retention', {})).toEqual({ callRecordsDays: 60, recordingsDays: 30, auditDays: 40 });
  });

  it('deletes call records and recordings past their days, keeps the rest, never deletes outside the recordings folder', async () => {
    desk = await campaignDesk();
    await desk.call('compliance:setRetention', { callRecordsDays: 60, recordingsDays: 30, auditDays: 40 });
    const fresh = recording('fresh.webm');
    const oldRecording = recording('old.webm');
    const ancient = recording('ancient.webm');
    const outside = recording('outside.webm', false);
    const keep = call(10, fresh);
    const stripped = call(45, oldRecording); // record kept, recording gone
    call(61, ancient); // both gone
    call(90, outside); // record gone; the file outside the folder stays
    desk.db.prepare("INSERT INTO compliance_audit(at, agent_id, stage, number_masked, verdict) VALUES (?, 'a', 'dial', '138****8001', 'blocked')").run(THU_10AM - 41 * DAY);
    desk.db.prepare("INSERT INTO compliance_audit(at, agent_id, stage, number_masked, verdict) VALUES (?, 'a', 'dial', '138****8001', 'blocked')").run(THU_10AM - 39 * DAY);

    const run = await desk.call('compliance:prune', {});
    expect(run).toMatchObject({ callRecords: 2, audit: 1 });
    expect(desk.db.prepare('SELECT id, recording_path AS path FROM call_log ORDER BY id').all()).toEqual([
      { id: keep, path: fresh },
      { id: stripped, path: null },
    ]);
    expect([existsSync(fresh), existsSync(oldRecording), existsSync(ancient), existsSync(outside)]).toEqual([true, false, false, true]);
    expect(desk.db.prepare('SELECT count(*) FROM compliance_audit').pluck().get()).toBe(1);
    // a second run finds nothing more
    expect(await desk.call('compliance:prune', {})).toMatchObject({ callRecords: 0, audit: 0, recordingPaths: [] });
  });
});
