// Privacy calls through the binding server: an AXB binding (the agent dials X) or a callback (the
// switch calls both legs); the page never holds the customer's real number.
import { z } from 'zod';
import { DialSubject } from '../../dialer/dial-subject';

export const PrivacyMode = z.enum(['axb', 'callback']);
export type PrivacyMode = z.infer<typeof PrivacyMode>;

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

export const privacyInvoke = {
  /** Asks the binding server for an AXB binding (dial X) or a callback (the switch calls both legs). */
  'privacy:bind': {
    req: z.object({ subject: DialSubject, mode: PrivacyMode, masked: z.boolean().default(false) }),
    res: PrivacyBindingView,
  },
  /** Ends a binding early (the dial failed before it reached anyone). */
  'privacy:release': { req: z.object({ bindingId: z.string().min(1).max(64) }), res: z.object({ released: z.boolean() }) },
} as const;
