// The setup wizard and the installer's tools: udev rule, binding-server check, profiles, diagnostics.
import { z } from 'zod';
import { Settings } from '../../settings/schema';

const none = z.object({}).strict();

export const setupInvoke = {
  'setup:udevRule': { req: none, res: z.object({ rule: z.string(), commands: z.string() }) },
  'setup:installUdevRule': { req: none, res: z.object({ installed: z.literal(true) }) },
  'binding:check': {
    req: none,
    res: z.object({
      reachable: z.boolean(),
      signatureAccepted: z.boolean(),
      pool: z.object({ size: z.number(), locked: z.number(), liveBindings: z.number() }).optional(),
      problem: z.string().optional(),
    }),
  },
  'profile:export': { req: none, res: z.object({ json: z.string(), fileName: z.string() }) },
  'profile:import': { req: z.object({ json: z.string().max(1_000_000) }).strict(), res: z.object({ settings: Settings, secretsNeeded: z.array(z.string()) }) },
  'diagnostics:bundle': { req: none, res: z.object({ path: z.string(), files: z.array(z.string()) }) },
} as const;
