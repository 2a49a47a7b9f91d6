/** Wall-clock reading of an instant in a time zone. */
export interface LocalTime {
  /** YYYY-MM-DD, the form holiday lists use. */
  readonly date: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  readonly minuteOfDay: number;
  /** Wall-clock time minus UTC, in minutes (+480 for Asia/Shanghai). */
  readonly offsetMinutes: number;
}

const WEEKDAYS: Readonly<Record<string, number>> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown zone: callers validate zones with isTimeZone first.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isTimeZone(value: string): boolean {
  try {
    formatterFor(value);
    return true;
  } catch {
    return false;
  }
}

export function localTime(epochMs: number, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) parts[part.type] = part.value;
  const [year, month, day, hour, minute] = [parts.year, parts.month, parts.day, parts.hour, parts.minute].map(Number);
  const wallAsUtc = Date.UTC(year!, month! - 1, day!, hour!, minute!);
  const flooredToMinute = Math.floor(epochMs / 60_000) * 60_000;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAYS[parts.weekday ?? ''] ?? 0,
    minuteOfDay: hour! * 60 + minute!,
    offsetMinutes: Math.round((wallAsUtc - flooredToMinute) / 60_000),
  };
}

/** The instant at which the wall clock in `timeZone` reads `date` + `minuteOfDay` (DST-aware). */
export function instantOf(date: string, minuteOfDay: number, timeZone: string, near: number): number {
  const [year, month, day] = date.split('-').map(Number);
  const wallAsUtc = Date.UTC(year!, month! - 1, day!, 0, minuteOfDay);
  const guess = wallAsUtc - localTime(near, timeZone).offsetMinutes * 60_000;
  // One correction step covers a DST change between `near` and the target.
  return wallAsUtc - localTime(guess, timeZone).offsetMinutes * 60_000;
}
