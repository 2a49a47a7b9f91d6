// The binding server (privacy numbers, office hub) as the installer checks it: reachable, key accepted, pool.
import { z } from 'zod';
import { NoArgs } from '../schemas';

export const bindingInvoke = {
  'binding:check': {
    req: NoArgs,
    res: z.object({
      reachable: z.boolean(),
      signatureAccepted: z.boolean(),
      pool: z.object({ size: z.number(), locked: z.number(), liveBindings: z.number() }).optional(),
      problem: z.string().optional(),
    }),
  },
} as const;
