// Secrets (SIP passwords, the binding server's key): set and cleared by the page, never read back.
import { z } from 'zod';
import { SecretKey, SecretStatus } from '../../settings/secret-keys';
import { NoArgs } from '../schemas';

export const secretsInvoke = {
  'secrets:status': { req: NoArgs, res: SecretStatus },
  'secrets:set': { req: z.object({ key: SecretKey, value: z.string().min(1).max(1024) }).strict(), res: SecretStatus },
  'secrets:clear': { req: z.object({ key: SecretKey }).strict(), res: SecretStatus },
} as const;

export const secretsEvents = {
  /** which secrets exist changed (never their values) */
  'secrets:changed': SecretStatus,
} as const;
