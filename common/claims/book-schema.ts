// The persisted shape of the desk's claim book (book.ts), checked when the desk reads it back.
import { z } from 'zod';
import type { ClaimBook } from './book';

const Entry = z.object({
  leadKey: z.string().nullable(),
  e164: z.string().nullable(),
  contactId: z.string(),
  campaignId: z.string(),
  agentId: z.string(),
  since: z.number(),
  expiresAt: z.number(),
  releasedAt: z.number().nullable(),
  mode: z.enum(['hub', 'local']),
  pending: z.boolean(),
});

export const ClaimBookSchema: z.ZodType<ClaimBook> = z.object({
  version: z.literal(1),
  salt: z.string().nullable(),
  entries: z.array(Entry),
});
