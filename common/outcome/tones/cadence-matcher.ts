import type { Segment } from './segmenter';
import type { CadencePattern, ToneProfile } from './tone-profile';

function within(actualMs: number, nominalMs: number, tolerance: number): boolean {
  return Math.abs(actualMs - nominalMs) <= nominalMs * tolerance;
}

/**
 * True when the most recent runs are `cycles` × (tone on, silence off) with the pattern's durations.
 * The last silence may still be open: once it is long enough we need not wait for the next burst.
 */
export function matchesCadence(
  completed: readonly Segment[],
  open: Segment | undefined,
  pattern: CadencePattern,
  tolerance: number,
): boolean {
  if (open?.symbol !== 'silence' || !within(open.durationMs, pattern.offMs, tolerance)) return false;
  const needed = pattern.cycles * 2 - 1;
  const tail = completed.slice(-needed);
  if (tail.length < needed) return false;
  return tail.every((segment, index) =>
    index % 2 === 0
      ? segment.symbol === 'callProgress' && within(segment.durationMs, pattern.onMs, tolerance)
      : segment.symbol === 'silence' && within(segment.durationMs, pattern.offMs, tolerance),
  );
}

/** SIT: three back-to-back segments sit1, sit2, sit3; the third may still be sounding. */
export function matchesSit(completed: readonly Segment[], open: Segment | undefined, profile: ToneProfile): boolean {
  const { min, max } = profile.sitSegmentMs;
  const inRange = (segment: Segment | undefined): boolean =>
    segment !== undefined && segment.durationMs >= min && segment.durationMs <= max;
  const [first, second] = completed.slice(-2);
  if (open?.symbol !== 'sit3' || open.durationMs < min) return false;
  return first?.symbol === 'sit1' && second?.symbol === 'sit2' && inRange(first) && inRange(second);
}
