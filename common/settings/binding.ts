// Where the central binding server (privacy numbers) is, and which signing key this desk uses. The key's
// secret lives in the secret store under `binding:<keyId>`.
import { z } from 'zod';

export const BindingSettings = z.object({
  /** https://… in production; http:// only to a loopback address (a server on this machine, tests) */
  url: z
    .string()
    .max(512)
    .refine((u) => u === '' || /^https:\/\/[^\s/]+/.test(u) || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/.test(u), 'use https://, or http:// to this machine only')
    .default(''),
  keyId: z.string().max(64).regex(/^[A-Za-z0-9._-]*$/).default(''),
  poolId: z.string().max(64).default(''),
});
export type BindingSettings = z.infer<typeof BindingSettings>;
