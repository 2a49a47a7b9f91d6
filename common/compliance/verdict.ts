import { z } from 'zod';

/** Every reason a dial can be refused. Order here = order of checks = which reason the agent sees first. */
export const ComplianceRule = z.enum(['invalidNumber', 'dnc', 'refused', 'holiday', 'callingHours', 'frequencyCap']);
export type ComplianceRule = z.infer<typeof ComplianceRule>;

/** i18n key for the rule; `detail` carries its parameters. */
export type ComplianceReasonKey = `compliance.${ComplianceRule}`;

export const ComplianceVerdict = z.discriminatedUnion('status', [
  z.object({ status: z.literal('allowed') }),
  z.object({
    status: z.literal('blocked'),
    rule: ComplianceRule,
    reasonKey: z.custom<ComplianceReasonKey>((v) => typeof v === 'string' && v.startsWith('compliance.')),
    detail: z.record(z.string(), z.union([z.string(), z.number()])),
    /** When the same dial would become allowed; null = never (DNC, refusal, invalid number). */
    retryAt: z.number().int().nullable(),
  }),
]);
export type ComplianceVerdict = z.infer<typeof ComplianceVerdict>;
export type BlockedVerdict = Extract<ComplianceVerdict, { status: 'blocked' }>;

export const ALLOWED: ComplianceVerdict = { status: 'allowed' };

export function blocked(rule: ComplianceRule, detail: BlockedVerdict['detail'], retryAt: number | null = null): BlockedVerdict {
  return { status: 'blocked', rule, reasonKey: `compliance.${rule}`, detail, retryAt };
}
