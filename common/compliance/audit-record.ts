import { z } from 'zod';
import { maskNumber } from '../privacy/mask-number';
import { ComplianceRule, type ComplianceVerdict } from './verdict';

/**
 * One line of the compliance trail: who tried to dial what, when, and what the engine said. The number
 * is stored masked: the trail proves the check happened without becoming a second copy of the list.
 */
export const ComplianceAuditRecord = z.object({
  at: z.number().int().nonnegative(),
  agentId: z.string().min(1),
  campaignId: z.string().nullable(),
  stage: z.enum(['import', 'dial']),
  numberMasked: z.string(),
  verdict: z.enum(['allowed', 'blocked']),
  rule: ComplianceRule.nullable(),
  reasonKey: z.string().nullable(),
});
export type ComplianceAuditRecord = z.infer<typeof ComplianceAuditRecord>;

export interface AuditContext {
  readonly at: number;
  readonly agentId: string;
  readonly campaignId: string | null;
  readonly stage: 'import' | 'dial';
  readonly e164: string;
}

export function auditRecord(context: AuditContext, verdict: ComplianceVerdict): ComplianceAuditRecord {
  return ComplianceAuditRecord.parse({
    at: context.at,
    agentId: context.agentId,
    campaignId: context.campaignId,
    stage: context.stage,
    numberMasked: maskNumber(context.e164),
    verdict: verdict.status,
    rule: verdict.status === 'blocked' ? verdict.rule : null,
    reasonKey: verdict.status === 'blocked' ? verdict.reasonKey : null,
  });
}
