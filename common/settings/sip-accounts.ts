// SIP accounts as stored in settings: everything but the secret. The password lives in the secret store
// under `sip:<id>`; main hands the phone engine only an HA1 derived from it (see sip:credentials).
import { z } from 'zod';
import { msg } from '../validation/issue-text';
import { sipAccountSchema } from '../sip/account';

const { password: _password, ha1: _ha1, ...publicFields } = sipAccountSchema.shape;

export const RecordingPolicy = z.enum(['off', 'on-demand', 'always']);
export const AutoAnswerMode = z.enum(['off', 'after-delay', 'when-requested']);

export const SipAccountSettings = z.object({
  ...publicFields,
  id: z.string().max(64).regex(/^[A-Za-z0-9._-]{1,64}$/, msg('accountId')),
  /** digest realm the HA1 is computed for; the SIP domain when absent */
  realm: z.string().min(1).max(253).optional(),
  enabled: z.boolean().default(true),
  recording: z.object({ policy: RecordingPolicy.default('off'), retentionDays: z.number().int().min(1).max(3650).default(90) }).prefault({}),
  autoAnswer: z.object({ mode: AutoAnswerMode.default('off'), delayMs: z.number().int().min(0).max(60_000).default(0) }).prefault({}),
});
export type SipAccountSettings = z.infer<typeof SipAccountSettings>;

export const SipSettings = z.object({
  accounts: z.array(SipAccountSettings).max(16).default([]),
});
