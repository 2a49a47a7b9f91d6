// The stats board's query and answer. Times are the desk's local calendar (a named time zone), so a
// "day" and an "hour" mean what the agents' wall clock says, on any machine that computes them.
import { z } from 'zod';
import { msg } from '../validation/issue-text';
import { TimeZoneName } from '../compliance/calling-hours';
import { CallOutcome } from '../crm/contact-schemas';

/** The longest range one board covers (a year, leap day included). */
export const MAX_RANGE_DAYS = 366;

/** Outcome buckets: the call log's outcomes plus 'none' for calls logged without one (or an unknown one). */
export const OutcomeKey = z.enum([...CallOutcome.options, 'none']);
export type OutcomeKey = z.infer<typeof OutcomeKey>;
export const OUTCOME_KEYS: readonly OutcomeKey[] = OutcomeKey.options;

const isCalendarDate = (s: string) => {
  const [y, m, d] = s.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
};
export const DateKey = z
  .string()
  .max(10)
  .regex(/^\d{4}-\d{2}-\d{2}$/, msg('dateKey'))
  .refine(isCalendarDate, { error: msg('noSuchDate') });

/** Days from `from` to `to`, both included. */
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;

export const StatsQuery = z
  .object({
    /** first local day, included */
    from: DateKey,
    /** last local day, included */
    to: DateKey,
    timeZone: TimeZoneName,
    /** only this campaign's calls; null = every call (campaign, manual and inbound) */
    campaignId: z.string().min(1).max(64).nullable().default(null),
  })
  .strict()
  .refine((q) => q.to >= q.from, { error: msg('rangeReversed'), path: ['to'] })
  .refine((q) => daysBetween(q.from, q.to) <= MAX_RANGE_DAYS, { error: msg('rangeTooLong'), path: ['to'] });
export type StatsQuery = z.output<typeof StatsQuery>;
export type StatsQueryInput = z.input<typeof StatsQuery>;

const Count = z.number().int().nonnegative();

/** What every row of the board (a day, an hour of the day, a campaign, the total) counts. */
export const Metrics = z.object({
  calls: Count,
  /** outbound calls dialled, whatever became of them */
  outbound: Count,
  /** outbound calls the customer answered (outcome 'answered') */
  connected: Count,
  inbound: Count,
  /** sum of answered→ended over calls that have both */
  talkMs: Count,
  /** calls that contributed talk time */
  talked: Count,
  outcomes: z.record(OutcomeKey, Count),
});
export type Metrics = z.infer<typeof Metrics>;

export const DayRow = Metrics.extend({ day: DateKey });
export type DayRow = z.infer<typeof DayRow>;
export const HourRow = Metrics.extend({ hour: z.number().int().min(0).max(23) });
export type HourRow = z.infer<typeof HourRow>;
export const CampaignRow = Metrics.extend({
  /** null: calls made outside any campaign (manual dials and inbound calls) */
  campaignId: z.string().nullable(),
  /** the campaign's name when the campaigns table knows it */
  name: z.string().nullable(),
});
export type CampaignRow = z.infer<typeof CampaignRow>;

export const StatsBoard = z.object({
  query: z.object({ from: DateKey, to: DateKey, timeZone: z.string(), campaignId: z.string().nullable() }),
  days: z.array(DayRow),
  hours: z.array(HourRow),
  campaigns: z.array(CampaignRow),
  total: Metrics,
});
export type StatsBoard = z.infer<typeof StatsBoard>;

export const CampaignRef = z.object({ id: z.string(), name: z.string().nullable() });
export type CampaignRef = z.infer<typeof CampaignRef>;

/** The metrics of one local hour (hours since 1970-01-01 00:00 on the desk's wall clock), as SQL sums them. */
export type HourMetrics = Metrics & { localHour: number };
/** The metrics of one campaign (null: calls outside any campaign), as SQL sums them. */
export type CampaignMetrics = Metrics & { campaignId: string | null };
