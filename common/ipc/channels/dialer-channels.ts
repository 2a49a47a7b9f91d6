// The dialer screen: contact numbers resolved by main (so masked calls never carry the real number
// into the page's text), recent calls and redial, and the call log with the dial's context.
import { z } from 'zod';
import { CallDirection, CallOutcome, LogCallRequest } from '../../crm/contact-schemas';
import { DialSubject } from '../../dialer/dial-subject';

const ContactSubject = z.object({ contactId: z.number().int().positive(), phoneIndex: z.number().int().min(0).max(50) });

/** A contact's stored phone, dialable. `display` is what the page may show (masked when asked). */
export const ResolvedNumber = z.object({
  number: z.string(),
  display: z.string(),
  contactName: z.string(),
});
export type ResolvedNumber = z.infer<typeof ResolvedNumber>;

export const RecentCall = z.object({
  id: z.number().int().positive(),
  direction: CallDirection,
  /** the number as the page may show it: 138****8000 for calls of a campaign that masks numbers */
  display: z.string(),
  masked: z.boolean(),
  contactId: z.number().int().positive().nullable(),
  contactName: z.string().nullable(),
  campaignId: z.string().nullable(),
  line: z.string(),
  startedAt: z.number().int(),
  answeredAt: z.number().int().nullable(),
  outcome: CallOutcome.nullable(),
  privacyBindingId: z.string().nullable(),
  /** what redial sends to placeCall: the contact's phone for masked rows, else the number itself */
  redial: DialSubject.nullable(),
});
export type RecentCall = z.infer<typeof RecentCall>;

export const dialerInvoke = {
  /** A contact's phone by position; `masked` makes `display` 138****8000. */
  'dialer:resolve': { req: z.object({ subject: ContactSubject, masked: z.boolean().default(false) }), res: ResolvedNumber },
  /** The newest calls first, for the recent-calls panel and redial. */
  'dialer:recent': { req: z.object({ limit: z.number().int().min(1).max(200).default(30) }), res: z.array(RecentCall) },
  /**
   * The call log row of a dial placed through placeCall: main writes the customer's real number (it
   * resolves a contact subject itself), so a masked or privacy call is logged under the right number
   * without the page ever holding it.
   */
  'dialer:logCall': {
    req: LogCallRequest.omit({ number: true }).extend({ subject: DialSubject, dialled: z.string().max(64) }),
    res: z.object({ id: z.number().int().positive() }),
  },
} as const;
