import { z } from 'zod';
import { msg } from '../validation/issue-text';
import { instantOf, isTimeZone, localTime, type LocalTime } from './local-time';
import { ALLOWED, blocked, type ComplianceVerdict } from './verdict';

const HHMM = z.string().max(5).regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, msg('timeOfDay'));
const IsoDate = z.string().max(10).regex(/^\d{4}-\d{2}-\d{2}$/, msg('dateKey'));
export const TimeZoneName = z.string().max(64).refine(isTimeZone, { error: msg('timeZone') });

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export const CallingWindow = z
  .object({
    /** ISO weekdays: 1 = Monday … 7 = Sunday. */
    days: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    start: HHMM,
    end: HHMM,
  })
  // Windows never wrap midnight: nobody may be called at night, and it keeps "which day" unambiguous.
  .refine((w) => minutesOf(w.start) < minutesOf(w.end), { message: msg('callingWindowOrder') });
export type CallingWindow = z.infer<typeof CallingWindow>;

export const CallingHours = z.object({
  windows: z.array(CallingWindow).min(1).max(20),
  /** Callee-local dates on which nobody is called. */
  holidays: z.array(IsoDate).max(366).default([]),
});
export type CallingHours = z.infer<typeof CallingHours>;

/** A conservative default that keeps clear of the lunch rest and the evening (MIIT: avoid rest hours). */
export const DEFAULT_CALLING_HOURS: CallingHours = CallingHours.parse({
  windows: [
    { days: [1, 2, 3, 4, 5, 6], start: '09:00', end: '12:00' },
    { days: [1, 2, 3, 4, 5, 6], start: '14:00', end: '20:00' },
  ],
});

/** How far ahead we look for the next allowed moment (covers a week-long holiday such as 国庆). */
const LOOKAHEAD_DAYS = 14;
const DAY_MS = 86_400_000;

function inWindow(time: LocalTime, hours: CallingHours): boolean {
  return hours.windows.some(
    (w) => w.days.includes(time.weekday) && time.minuteOfDay >= minutesOf(w.start) && time.minuteOfDay < minutesOf(w.end),
  );
}

function firstViolation(at: number, zones: readonly string[], hours: CallingHours): ComplianceVerdict {
  for (const zone of zones) {
    const time = localTime(at, zone);
    if (hours.holidays.includes(time.date)) return blocked('holiday', { zone, date: time.date });
    if (!inWindow(time, hours)) {
      const hhmm = `${String(Math.floor(time.minuteOfDay / 60)).padStart(2, '0')}:${String(time.minuteOfDay % 60).padStart(2, '0')}`;
      return blocked('callingHours', { zone, localTime: hhmm });
    }
  }
  return ALLOWED;
}

/** Earliest window start after `now` at which every zone allows the call, or null within the lookahead. */
export function nextAllowedAt(now: number, zones: readonly string[], hours: CallingHours): number | null {
  const candidates: number[] = [];
  for (const zone of zones) {
    for (let day = 0; day <= LOOKAHEAD_DAYS; day++) {
      const date = localTime(now + day * DAY_MS, zone).date;
      for (const window of hours.windows) candidates.push(instantOf(date, minutesOf(window.start), zone, now));
    }
  }
  candidates.sort((a, b) => a - b);
  return candidates.find((at) => at > now && firstViolation(at, zones, hours).status === 'allowed') ?? null;
}

/**
 * Is `now` inside the calling hours in every zone the callee may be in? When not, the verdict names the
 * zone and its local time ("22:10 in Asia/Shanghai") and when calling becomes possible again.
 */
export function checkCallingHours(now: number, zones: readonly string[], hours: CallingHours): ComplianceVerdict {
  const verdict = firstViolation(now, zones, hours);
  if (verdict.status === 'allowed') return verdict;
  return { ...verdict, retryAt: nextAllowedAt(now, zones, hours) };
}
