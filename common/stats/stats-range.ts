// Turns a query's local days into the UTC instants SQL filters on, and the zone's UTC offset over that
// span as a few constant pieces, so SQL can bucket by local hour with plain integer arithmetic.
import { instantOf, localTime } from '../compliance/local-time';
import { daysBetween, type StatsQuery } from './stats-schemas';

export const HOUR_MS = 3_600_000;
/** Offset changes (DST, zone history) are found by sampling this often, then bisected to the second. */
const SAMPLE_MS = 6 * HOUR_MS;

/** `offsetMs` applies to instants before `until` (and from the previous piece's `until`). */
export interface OffsetPiece {
  until: number;
  offsetMs: number;
}

export interface UtcRange {
  /** first instant, included */
  fromMs: number;
  /** last instant, excluded */
  toMs: number;
  pieces: OffsetPiece[];
}

export const offsetMsAt = (epochMs: number, timeZone: string) => localTime(epochMs, timeZone).offsetMinutes * 60_000;

/** The instant local midnight of `day` begins in `timeZone`. */
export const localMidnight = (day: string, timeZone: string) => instantOf(day, 0, timeZone, Date.parse(day));

/** The day after `day` (YYYY-MM-DD). */
export const nextDay = (day: string) => new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10);

/** Every day of the query, in order. */
export function daysOf(query: Pick<StatsQuery, 'from' | 'to'>): string[] {
  const days: string[] = [];
  for (let d = query.from, n = daysBetween(query.from, query.to); days.length < n; d = nextDay(d)) days.push(d);
  return days;
}

/** Where the offset changes inside [fromMs, toMs), as pieces of constant offset. */
export function offsetPieces(fromMs: number, toMs: number, timeZone: string): OffsetPiece[] {
  const pieces: OffsetPiece[] = [];
  let at = fromMs;
  let offset = offsetMsAt(at, timeZone);
  while (at < toMs) {
    const next = Math.min(at + SAMPLE_MS, toMs);
    const nextOffset = offsetMsAt(next, timeZone);
    if (nextOffset !== offset) {
      // the first second carrying the new offset lies in (at, next]
      let lo = at;
      let hi = next;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (offsetMsAt(mid, timeZone) === offset) lo = mid;
        else hi = mid;
      }
      // a change exactly at toMs belongs to the day after the range
      if (hi < toMs) {
        pieces.push({ until: hi, offsetMs: offset });
        offset = nextOffset;
      }
    }
    at = next;
  }
  pieces.push({ until: toMs, offsetMs: offset });
  return pieces;
}

export function utcRange(query: Pick<StatsQuery, 'from' | 'to' | 'timeZone'>): UtcRange {
  const fromMs = localMidnight(query.from, query.timeZone);
  const toMs = localMidnight(nextDay(query.to), query.timeZone);
  return { fromMs, toMs, pieces: offsetPieces(fromMs, toMs, query.timeZone) };
}

/** The local hour (hours since the local epoch) an instant falls in; the SQL does the same sum. */
export function localHourOf(epochMs: number, pieces: readonly OffsetPiece[]): number {
  const piece = pieces.find((p) => epochMs < p.until) ?? pieces[pieces.length - 1]!;
  return Math.floor((epochMs + piece.offsetMs) / HOUR_MS);
}

/** A local hour's calendar day (YYYY-MM-DD) and hour of the day. */
export function splitLocalHour(localHour: number): { day: string; hour: number } {
  return { day: new Date(localHour * HOUR_MS).toISOString().slice(0, 10), hour: ((localHour % 24) + 24) % 24 };
}

/** One local hour's share of the range in UTC (a fall-back hour happens twice: two spans, same hour). */
export interface HourSpan {
  localHour: number;
  fromMs: number;
  toMs: number;
}

/** The range cut at every local hour boundary, so each span is counted by one index range search. */
export function localHourSpans(range: UtcRange): HourSpan[] {
  const spans: HourSpan[] = [];
  let start = range.fromMs;
  for (const piece of range.pieces) {
    while (start < piece.until) {
      const localHour = Math.floor((start + piece.offsetMs) / HOUR_MS);
      const end = Math.min((localHour + 1) * HOUR_MS - piece.offsetMs, piece.until);
      spans.push({ localHour, fromMs: start, toMs: end });
      start = end;
    }
  }
  return spans;
}
