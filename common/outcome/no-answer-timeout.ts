import { z } from 'zod';

/** Seconds of ringing after which we hang up and call it noAnswer (carriers cut at ~60 s anyway). */
export const NoAnswerTimeoutSeconds = z.number().int().min(5).max(180);

/**
 * Ringing counts from the first sign the far end is alerting (180/183, gateway ALERTING or a heard
 * ringback tone), not from the dial: slow call setup must not eat into the callee's time to answer.
 */
export function noAnswerDeadline(ringingStartedAt: number, timeoutSeconds: number): number {
  return ringingStartedAt + NoAnswerTimeoutSeconds.parse(timeoutSeconds) * 1000;
}

export function hasRungTooLong(ringingStartedAt: number, now: number, timeoutSeconds: number): boolean {
  return now >= noAnswerDeadline(ringingStartedAt, timeoutSeconds);
}
