// The dialer screen: contact numbers resolved by main (so masked calls never carry the real number
// into the page's text), recent calls and redial, the call log with the dial's context, and privacy
// calls through the binding server.
import { z } from 'zod';
import { CallDirection, CallOutcome, LogCallRequest } from '../../crm/contactSchemas';
import { DialSubject } from './campaign';

const ContactSubject = z.object({ contactId: z.number().int().positive(), phoneIndex: z.number().int().min(0).max(50) });

export const PrivacyMode = z.enum(['axb', 'callback']);
export type PrivacyMode = z.infer<typeof PrivacyMode>;

/** A contact's stored phone, dialable. `display` is what the page may show (masked when asked). */
export const ResolvedNumber = z.object({
  number: z.string(),
  display: z.string(),
  contactName: z.string(),
});
export type ResolvedNumber = z.infer<typeof ResolvedNumber>;

/** What the page gets for a privacy call: never B's real number, only X and how long it lives. */
export const PrivacyBindingView = z.object({
  bindingId: z.string(),
  /** the virtual number: dialled on the agent's line (axb), or calling the agent back (callback) */
  x: z.string(),
  /** epoch ms; the server may end it earlier `releaseAfterCallSeconds` after the call */
  expiresAt: z.number().int(),
  mode: PrivacyMode,
  /** the customer as the page may show them: masked when the request said so */
  display: z.string(),
});
export type PrivacyBindingView = z.infer<typeof PrivacyBindingView>;

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
  /** Asks the binding server for an AXB binding (dial X) or a callback (the switch calls both legs). */
  'privacy:bind': {
    req: z.object({ subject: DialSubject, mode: PrivacyMode, masked: z.boolean().default(false) }),
    res: PrivacyBindingView,
  },
  /** Ends a binding early (the dial failed before it reached anyone). */
  'privacy:release': { req: z.object({ bindingId: z.string().min(1).max(64) }), res: z.object({ released: z.boolean() }) },
} as const;

export const dialerEvents = {} as const;
