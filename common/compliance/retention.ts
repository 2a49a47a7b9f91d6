import { z } from 'zod';

const DAY_MS = 86_400_000;

/**
 * Days to keep recordings, call details and audit records. The floor of 30 is the MIIT minimum for
 * call-centre records; the ceiling stops a typo from meaning "forever".
 */
export const RetentionDays = z.number().int().min(30).max(3650);

/** Records older than the retention period, i.e. those to delete now. Input order is kept. */
export function expiredRecords<T extends { readonly at: number }>(records: readonly T[], retentionDays: number, now: number): T[] {
  const days = RetentionDays.parse(retentionDays);
  const cutoff = now - days * DAY_MS;
  return records.filter((record) => record.at < cutoff);
}

/** The instant before which records are expired (the SQL form of expiredRecords). */
export function retentionCutoff(retentionDays: number, now: number): number {
  return now - RetentionDays.parse(retentionDays) * DAY_MS;
}
