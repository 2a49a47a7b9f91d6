// The diagnostics bundle for support: versions, devices, recent logs (numbers masked), settings without secrets.
import { z } from 'zod';
import { NoArgs } from '../schemas';

export const diagnosticsInvoke = {
  'diagnostics:bundle': { req: NoArgs, res: z.object({ path: z.string(), files: z.array(z.string()) }) },
} as const;
