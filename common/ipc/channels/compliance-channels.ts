// The compliance check made right before every dial (manual ones included), its audit trail, and
// how long call records are kept.
import { z } from 'zod';
import { AuditEntry, AuditListRequest, RetentionRun, RetentionSettings } from '../../campaign/dto';
import { ComplianceVerdict } from '../../compliance';
import { DialSubject } from '../../dialer/dial-subject';

export const CheckDialRequest = z.object({
  subject: DialSubject,
  campaignId: z.string().max(64).nullable().default(null),
});
export type CheckDialRequest = z.infer<typeof CheckDialRequest>;

const Empty = z.object({}).default({});

export const complianceInvoke = {
  /** Right before every dial; a blocked verdict is written to the audit trail by main. */
  'compliance:checkDial': { req: CheckDialRequest, res: ComplianceVerdict },
  'compliance:audit': { req: AuditListRequest, res: z.array(AuditEntry) },
  'compliance:retention': { req: Empty, res: RetentionSettings },
  'compliance:setRetention': { req: RetentionSettings, res: RetentionSettings },
  /** Runs the retention job now (it also runs at start and every six hours). */
  'compliance:prune': { req: Empty, res: RetentionRun },
} as const;
