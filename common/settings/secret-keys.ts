// Secrets never travel main → renderer; the renderer can only set, clear and ask which exist.
import { z } from 'zod';

/** `sip:<accountId>` for SIP passwords, `binding:<keyId>` for the binding server's signing key. */
export const SecretKey = z.string().max(80).regex(/^(sip|binding):[A-Za-z0-9._-]{1,64}$/, 'secret key must look like sip:<id> or binding:<id>');

export const SecretBackend = z.enum(['keychain', 'dpapi', 'gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6', 'basic_text', 'memory', 'unavailable', 'unknown']);
export type SecretBackend = z.infer<typeof SecretBackend>;

export const SecretStatus = z.object({
  /** false when no encryption is available or only a weak backend the admin has not allowed */
  available: z.boolean(),
  backend: SecretBackend,
  /** false for the harness's in-memory store */
  persistent: z.boolean(),
  keys: z.array(z.string()),
  reason: z.string().optional(),
});
export type SecretStatus = z.infer<typeof SecretStatus>;
