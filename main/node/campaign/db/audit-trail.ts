import type { Database } from 'better-sqlite3';
import type { AuditEntry } from '../../../../common/campaign/dto';
import { auditRecord, type AuditContext } from '../../../../common/compliance/audit-record';
import type { ComplianceVerdict } from '../../../../common/compliance/verdict';

/** Appends one line to the compliance trail (number masked, reason and its parameters kept). */
export function writeAudit(db: Database, context: AuditContext, verdict: ComplianceVerdict): number {
  const record = auditRecord(context, verdict);
  const detail = verdict.status === 'blocked' ? verdict.detail : {};
  return Number(
    db
      .prepare(
        `INSERT INTO compliance_audit(at, agent_id, campaign_id, stage, number_masked, verdict, rule, reason_key, detail)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(record.at, record.agentId, record.campaignId, record.stage, record.numberMasked, record.verdict, record.rule, record.reasonKey, JSON.stringify(detail))
      .lastInsertRowid,
  );
}

/** Newest first, paged by id. */
export function listAudit(db: Database, beforeId: number | null, limit: number, verdict: 'allowed' | 'blocked' | null): AuditEntry[] {
  const rows = db
    .prepare(
      `SELECT id, at, agent_id AS agentId, campaign_id AS campaignId, stage, number_masked AS numberMasked, verdict, rule,
              reason_key AS reasonKey, detail
       FROM compliance_audit WHERE id < ? AND (? IS NULL OR verdict = ?) ORDER BY id DESC LIMIT ?`,
    )
    .all(beforeId ?? Number.MAX_SAFE_INTEGER, verdict, verdict, limit) as Array<Omit<AuditEntry, 'detail'> & { detail: string }>;
  return rows.map((row) => ({ ...row, detail: JSON.parse(row.detail) as AuditEntry['detail'] }));
}
