import { z } from 'zod';

/** A number typed or clicked by the agent, or a stored phone of a contact (main resolves it, so masked
 * campaigns never send the real number to the page). */
export const DialSubject = z.union([
  z.object({ number: z.string().trim().min(1).max(64) }),
  z.object({ contactId: z.number().int().positive(), phoneIndex: z.number().int().min(0).max(50) }),
]);
export type DialSubject = z.infer<typeof DialSubject>;
