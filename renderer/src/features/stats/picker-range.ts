// The picker's dates: today and ranges ending today on the desk's clock, and checks made before asking main.
import { localTime } from '../../../../common/compliance/local-time';
import { daysBetween, MAX_RANGE_DAYS } from '../../../../common/stats';

/** The zone this desk's clock runs in (the browser's own, which is the OS's). */
export const deskTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export const today = (timeZone: string, now = Date.now()) => localTime(now, timeZone).date;

/** The `days` days ending on `last` (YYYY-MM-DD). */
export function lastDays(days: number, last: string): { from: string; to: string } {
  return { from: new Date(Date.parse(last) - (days - 1) * 86_400_000).toISOString().slice(0, 10), to: last };
}

/** The message key for a range main would refuse, or null. */
export function rangeProblem(from: string, to: string): 'stats.errors.missing' | 'stats.errors.order' | 'stats.errors.tooLong' | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to)) return 'stats.errors.missing';
  if (to < from) return 'stats.errors.order';
  if (daysBetween(from, to) > MAX_RANGE_DAYS) return 'stats.errors.tooLong';
  return null;
}
