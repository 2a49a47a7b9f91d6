import { z } from 'zod';
import { ContactSummary } from './contact-schemas';

export const SearchRequest = z.object({
  /** Number fragment (any format), name or company; Chinese included. Empty = everything. */
  query: z.string().trim().max(100).default(''),
  tag: z.string().max(64).optional(),
  listId: z.number().int().positive().optional(),
  lastOutcome: z.string().max(32).optional(),
  /** Only contacts with an open follow-up due at or before this time. */
  followUpDueBefore: z.number().int().nonnegative().optional(),
  /** Keyset paging: contacts with id greater than this (fast at any depth). */
  afterId: z.number().int().nonnegative().optional(),
  /** Offset paging for virtualised lists jumping to an arbitrary row; prefer afterId when scrolling. */
  offset: z.number().int().nonnegative().max(10_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export type SearchRequest = z.input<typeof SearchRequest>;
export type SearchRequestParsed = z.output<typeof SearchRequest>;

export const SearchPage = z.object({
  items: z.array(ContactSummary),
  /** Pass back as afterId for the next page; null at the end. */
  nextAfterId: z.number().int().nullable(),
});
export type SearchPage = z.infer<typeof SearchPage>;

export const CountResult = z.object({
  total: z.number().int().nonnegative(),
  /** False when counting stopped at the cap (the UI shows "10,000+"). */
  exact: z.boolean(),
});
export type CountResult = z.infer<typeof CountResult>;

export const ListDto = z.object({ id: z.number().int().positive(), name: z.string(), size: z.number().int() });
export type ListDto = z.infer<typeof ListDto>;
