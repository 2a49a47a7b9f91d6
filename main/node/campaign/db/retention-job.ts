import type { Database } from 'better-sqlite3';
import type { RetentionRun, RetentionSettings } from '../../../../common/campaign/dto';
import { retentionCutoff } from '../../../../common/compliance/retention';

export function getRetention(db: Database): RetentionSettings {
  return db
    .prepare('SELECT call_records_days AS callRecordsDays, recordings_days AS recordingsDays, audit_days AS auditDays FROM retention_settings WHERE id = 1')
    .get() as RetentionSettings;
}

export function setRetention(db: Database, settings: RetentionSettings): RetentionSettings {
  db.prepare('UPDATE retention_settings SET call_records_days = ?, recordings_days = ?, audit_days = ? WHERE id = 1').run(
    settings.callRecordsDays,
    settings.recordingsDays,
    settings.auditDays,
  );
  return getRetention(db);
}

/**
 * Deletes what is past its retention: call records (and the campaign attempts that are their
 * history), the recording reference of older calls, audit and agent-state lines. Recording files are
 * returned for main to delete: the worker never touches the recordings folder.
 */
export function pruneExpired(db: Database, now: number): RetentionRun {
  const days = getRetention(db);
  const calls = retentionCutoff(days.callRecordsDays, now);
  const recordings = retentionCutoff(days.recordingsDays, now);
  const audit = retentionCutoff(days.auditDays, now);
  return db.transaction((): RetentionRun => {
    const recordingPaths = db
      .prepare('SELECT recording_path FROM call_log WHERE recording_path IS NOT NULL AND (started_at < ? OR started_at < ?)')
      .pluck()
      .all(calls, recordings) as string[];
    db.prepare('UPDATE call_log SET recording_path = NULL WHERE recording_path IS NOT NULL AND started_at < ?').run(recordings);
    const callRecords = db.prepare('DELETE FROM call_log WHERE started_at < ?').run(calls).changes;
    db.prepare('DELETE FROM campaign_attempts WHERE at < ?').run(calls);
    const auditRemoved = db.prepare('DELETE FROM compliance_audit WHERE at < ?').run(audit).changes;
    const agentLog = db.prepare('DELETE FROM agent_state_log WHERE at < ?').run(audit).changes;
    return { callRecords, audit: auditRemoved, agentLog, recordingPaths };
  })();
}
