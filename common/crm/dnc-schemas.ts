import { z } from 'zod';

export const DncReason = z.enum(['refused', 'complaint', 'regulator', 'invalid']);
export type DncReason = z.infer<typeof DncReason>;

export const DncEntry = z.object({
  phoneKey: z.string(),
  reason: DncReason,
  source: z.string(),
  note: z.string(),
  createdAt: z.number().int(),
});
export type DncEntry = z.infer<typeof DncEntry>;

/**
 * What the agents' DNC panel may add. `source` is always 'agent': a free source could name a masking
 * campaign ("campaign:<id>") and so hide an entry from the panel and from the desk's removal.
 */
export const DncAddRequest = z.object({
  number: z.string().min(1).max(64),
  reason: DncReason,
  source: z.literal('agent').default('agent'),
  note: z.string().max(500).default(''),
});
export type DncAddRequest = z.input<typeof DncAddRequest>;
export const DncRemoveRequest = z.object({ number: z.string().min(1).max(64) });
export const DncListRequest = z.object({ afterKey: z.string().max(64).default(''), limit: z.number().int().min(1).max(1000).default(100) });

/** A contact's number by its place on the card: the page blocks it without knowing it (masked customers). */
export const DncAddPhoneRequest = z.object({ contactId: z.number().int().positive(), phoneIndex: z.number().int().min(0).max(50), reason: DncReason });
export type DncAddPhoneRequest = z.infer<typeof DncAddPhoneRequest>;
