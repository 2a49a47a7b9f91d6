// The setup wizard's system step: the udev rule that lets the desk open headsets.
import { z } from 'zod';
import { NoArgs } from '../schemas';

export const setupInvoke = {
  'setup:udevRule': { req: NoArgs, res: z.object({ rule: z.string(), commands: z.string() }) },
  'setup:installUdevRule': { req: NoArgs, res: z.object({ installed: z.literal(true) }) },
} as const;
