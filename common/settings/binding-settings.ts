// Where the central binding server (privacy numbers) is, and which signing key this desk uses. The key's
// secret lives in the secret store under `binding:<keyId>`.
import { z } from 'zod';
import { msg } from '../validation/issue-text';

export const BindingSettings = z.object({
  /** https://… in production; http:// only to a loopback address (a server on this machine, tests) */
  url: z
    .string()
    .max(512)
    .refine((u) => u === '' || /^https:\/\/[^\s/]+/.test(u) || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/.test(u), msg('bindingUrl'))
    .default(''),
  keyId: z.string().max(64).regex(/^[A-Za-z0-9._-]*$/).default(''),
  poolId: z.string().max(64).default(''),
  /** A of the AXB binding: the agent's own phone (mobile or desk line) the privacy number connects to */
  agentNumber: z
    .string()
    .max(32)
    .refine((n) => n === '' || /^\+?[0-9][0-9 ()-]{4,30}$/.test(n), 'a phone number: digits, optionally with + and separators')
    .default(''),
  /** how long a privacy binding lives at most */
  expiresInSeconds: z.number().int().min(60).max(7 * 86_400).default(1800),
  /** the server frees the binding this long after its last call ended (0 = at once) */
  releaseAfterCallSeconds: z.number().int().min(0).max(86_400).default(300),
});
export type BindingSettings = z.infer<typeof BindingSettings>;
