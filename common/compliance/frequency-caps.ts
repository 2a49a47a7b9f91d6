import { z } from 'zod';
import { ALLOWED, blocked, type ComplianceVerdict } from './verdict';

/** At most `maxCalls` dial attempts to one number in any rolling window of `windowHours`. */
export const FrequencyCap = z.object({
  maxCalls: z.number().int().min(1).max(1000),
  windowHours: z.number().int().min(1).max(24 * 366),
});
export type FrequencyCap = z.infer<typeof FrequencyCap>;

/** ≤ 2 a day, ≤ 5 a week: what Chinese carriers tolerate before flagging a line as harassment. */
export const DEFAULT_FREQUENCY_CAPS: FrequencyCap[] = [
  { maxCalls: 2, windowHours: 24 },
  { maxCalls: 5, windowHours: 24 * 7 },
];

/**
 * Rolling windows rather than calendar days: they need no time zone, and "2 per day" cannot become
 * 4 calls within minutes around midnight. When blocked, retryAt is when enough old attempts have
 * aged out of every violated window.
 */
export function checkFrequencyCaps(attemptTimes: readonly number[], now: number, caps: readonly FrequencyCap[]): ComplianceVerdict {
  let worst: { cap: FrequencyCap; calls: number; retryAt: number } | undefined;
  for (const cap of caps) {
    const windowMs = cap.windowHours * 3_600_000;
    const inWindow = attemptTimes.filter((at) => at > now - windowMs && at <= now).sort((a, b) => a - b);
    if (inWindow.length < cap.maxCalls) continue;
    const retryAt = inWindow[inWindow.length - cap.maxCalls]! + windowMs;
    if (!worst || retryAt > worst.retryAt) worst = { cap, calls: inWindow.length, retryAt };
  }
  if (!worst) return ALLOWED;
  return blocked('frequencyCap', { calls: worst.calls, maxCalls: worst.cap.maxCalls, windowHours: worst.cap.windowHours }, worst.retryAt);
}
