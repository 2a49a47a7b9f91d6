import { z } from 'zod';

/**
 * One past dial to a number, as compliance needs it. `refused` is set when the agent's disposition
 * meant "the callee asked us never to call again" (campaign dispositions with effect 'refused').
 */
export const DialRecord = z.object({
  at: z.number().int().nonnegative(),
  refused: z.boolean(),
});
export type DialRecord = z.infer<typeof DialRecord>;
