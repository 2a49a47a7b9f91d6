// Campaign dialing: campaigns and their leads, the agent's state, dispositions, and the compliance check
// made right before every dial (manual ones included).
import { z } from 'zod';
import { ComplianceVerdict } from '../../compliance';

/** A number typed or clicked by the agent, or a stored phone of a contact (main resolves it, so masked
 * campaigns never send the real number to the page). */
export const DialSubject = z.union([
  z.object({ number: z.string().trim().min(1).max(64) }),
  z.object({ contactId: z.number().int().positive(), phoneIndex: z.number().int().min(0).max(50) }),
]);
export type DialSubject = z.infer<typeof DialSubject>;

export const CheckDialRequest = z.object({
  subject: DialSubject,
  campaignId: z.string().max(64).nullable().default(null),
});

export const campaignInvoke = {
  /** Right before every dial; a blocked verdict is written to the audit trail by main. */
  'compliance:checkDial': { req: CheckDialRequest, res: ComplianceVerdict },
} as const;

export const campaignEvents = {} as const;
