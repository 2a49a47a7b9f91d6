import { z } from 'zod';
import { DialOutcome } from '../outcome/dial-outcome';
import { CallbackScope } from './campaign-schema';
import { AttemptDisposition } from './dispositions';

const EpochMs = z.number().int().nonnegative();
const ContactId = z.number().int().positive();
/** E.164 as produced by common/phone normalizePhone (the number's identity). */
const PhoneKey = z.string().regex(/^\+[1-9]\d{6,14}$/, 'expected an E.164 number');

/** One dial of one number of a contact, with what came of it. */
export const Attempt = z.object({
  contactId: ContactId,
  phoneKey: PhoneKey,
  at: EpochMs,
  agentId: z.string().min(1),
  outcome: DialOutcome,
  /** null until the agent (or the wrap-up timeout) disposed the call. */
  disposition: AttemptDisposition.nullable(),
});
export type Attempt = z.infer<typeof Attempt>;

export const Callback = z.object({
  id: z.number().int().positive(),
  contactId: ContactId,
  /** The number the callee asked to be called on; null = the contact's usual choice. */
  phoneKey: PhoneKey.nullable(),
  dueAt: EpochMs,
  ownerAgentId: z.string().min(1),
  scope: CallbackScope,
  doneAt: EpochMs.nullable(),
});
export type Callback = z.infer<typeof Callback>;

/** A contact as the selector sees it: numbers in preference order, and its history in this campaign. */
export const LeadCandidate = z.object({
  contactId: ContactId,
  phoneKeys: z.array(PhoneKey).min(1),
  attempts: z.array(Attempt),
  /** Agent currently holding the lead (preview or dialling), so two agents never get the same one. */
  claimedBy: z.string().nullable().default(null),
});
export type LeadCandidate = z.infer<typeof LeadCandidate>;
