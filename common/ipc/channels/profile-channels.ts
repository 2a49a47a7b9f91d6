// Setup profiles: one desk's settings (no secrets) exported and imported on the next desk.
import { z } from 'zod';
import { Settings } from '../../settings/settings-schema';
import { NoArgs } from '../schemas';

export const profileInvoke = {
  'profile:export': { req: NoArgs, res: z.object({ json: z.string(), fileName: z.string() }) },
  'profile:import': { req: z.object({ json: z.string().max(1_000_000) }).strict(), res: z.object({ settings: Settings, secretsNeeded: z.array(z.string()) }) },
} as const;
