// Readable instants for compliance tests: wall-clock time in Beijing (UTC+8, no DST).

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Epoch ms of a Beijing wall-clock time. 2024-03-04 is a Monday. */
export function beijing(date: string, hhmm: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = hhmm.split(':').map(Number);
  return Date.UTC(y!, m! - 1, d!, h! - 8, min!);
}
