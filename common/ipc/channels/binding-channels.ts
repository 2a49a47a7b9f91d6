// The binding server (privacy numbers, office hub) as the installer checks it: reachable, key accepted, pool.
import { z } from 'zod';
import { NoArgs } from '../schemas';

/**
 * What went wrong, as facts the wizard says in the UI language (wizard.bindingProblem.<code>):
 * unreachable (no answer at all), healthFailed (its health check said error), signatureRefused (401),
 * poolUnknown (no such pool), serverError (another HTTP status), badAnswer (an answer that made no sense).
 */
export const BindingProblem = z.discriminatedUnion('code', [
  z.object({ code: z.literal('unreachable') }),
  z.object({ code: z.literal('healthFailed') }),
  z.object({ code: z.literal('signatureRefused') }),
  z.object({ code: z.literal('poolUnknown') }),
  z.object({ code: z.literal('serverError'), status: z.number().int() }),
  z.object({ code: z.literal('badAnswer') }),
]);
export type BindingProblem = z.infer<typeof BindingProblem>;

export const bindingInvoke = {
  'binding:check': {
    req: NoArgs,
    res: z.object({
      reachable: z.boolean(),
      signatureAccepted: z.boolean(),
      pool: z.object({ size: z.number(), locked: z.number(), liveBindings: z.number() }).optional(),
      problem: BindingProblem.optional(),
    }),
  },
} as const;
