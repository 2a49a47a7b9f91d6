import { z } from 'zod';
import { msg } from '../validation/issue-text';
import { CompliancePolicy } from '../compliance/compliance-policy';
import { DialOutcome } from '../outcome/dial-outcome';
import { NoAnswerTimeoutSeconds } from '../outcome/no-answer-timeout';
import { DispositionList } from './dispositions';
import { DEFAULT_RECYCLING, RecyclingRules } from './recycling';

export const CampaignId = z.string().max(64).regex(/^[A-Za-z0-9_-]{1,64}$/, msg('campaignId'));

/** preview: the agent sees the lead and decides to dial or skip; power: the next lead is dialled at once. */
export const DialMode = z.enum(['preview', 'power']);
export type DialMode = z.infer<typeof DialMode>;

/** agentOnly: only the agent who set the callback gets it (VICIdial USERONLY); anyone: first free agent. */
export const CallbackScope = z.enum(['agentOnly', 'anyone']);
export type CallbackScope = z.infer<typeof CallbackScope>;

export const PrivacyMode = z.enum(['off', 'axb', 'callback']);
export type PrivacyMode = z.infer<typeof PrivacyMode>;

export const Pacing = z.object({
  maxAttemptsPerContact: z.number().int().min(1).max(50).default(6),
  recycling: RecyclingRules.default(DEFAULT_RECYCLING),
  /** After these outcomes the contact's next number is tried at once instead of waiting to recycle. */
  alternateNumbersOn: z.array(DialOutcome).max(DialOutcome.options.length).default(['busy', 'noAnswer', 'unreachable', 'invalidNumber']),
  noAnswerTimeoutSeconds: NoAnswerTimeoutSeconds.default(30),
});
export type Pacing = z.infer<typeof Pacing>;

/** Which line campaign calls go out on; accountId null = any account of that kind. */
export const LineRule = z.object({
  kind: z.enum(['sip', 'gateway']),
  accountId: z.string().min(1).max(64).nullable().default(null),
});
export type LineRule = z.infer<typeof LineRule>;

export const Campaign = z.object({
  id: CampaignId,
  name: z.string().trim().min(1).max(100),
  listIds: z.array(z.string().min(1).max(64)).min(1).max(100),
  mode: DialMode,
  pacing: Pacing.default(Pacing.parse({})),
  compliance: CompliancePolicy.default(CompliancePolicy.parse({})),
  /** Seconds of after-call work before the agent is made ready again; 0 = only when the agent says so. */
  wrapUpSeconds: z.number().int().min(0).max(600).default(30),
  dispositions: DispositionList,
  /** Used when wrap-up times out before the agent picked one. */
  defaultDisposition: z.string().min(1).max(32),
  /** Agents see 138****5678 instead of the number (screen, logs, exports). */
  maskNumbers: z.boolean().default(false),
  /** Through the binding server: axb dials the privacy number X, callback has the server call both legs. */
  privacy: PrivacyMode.default('off'),
  line: LineRule,
  callbackScope: CallbackScope.default('agentOnly'),
})
  .refine((c) => c.dispositions.some((d) => d.code === c.defaultDisposition), {
    message: msg('defaultDisposition'),
    path: ['defaultDisposition'],
  });
export type Campaign = z.infer<typeof Campaign>;
export type CampaignInput = z.input<typeof Campaign>;
