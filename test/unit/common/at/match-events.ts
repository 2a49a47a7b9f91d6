import { isDeepStrictEqual } from 'node:util';

/**
 * The fixtures' `eventMatch` rule: every expected event appears in order (only its listed keys compared),
 * tolerated types may appear anywhere, any other extra event is a failure. Returns a reason or null.
 */
export function matchEvents(
  actual: ReadonlyArray<{ type: string }>,
  expected: ReadonlyArray<Record<string, unknown>>,
  tolerate: readonly string[] = [],
): string | null {
  let next = 0;
  for (const event of actual) {
    const want = expected[next];
    if (want && matches(event, want)) {
      next++;
    } else if (!tolerate.includes(event.type)) {
      return `unexpected event ${JSON.stringify(event)} while waiting for ${JSON.stringify(want ?? 'nothing more')}`;
    }
  }
  return next < expected.length ? `missing expected event ${JSON.stringify(expected[next])}` : null;
}

function matches(event: object, want: Record<string, unknown>): boolean {
  return Object.entries(want).every(([key, value]) => isDeepStrictEqual((event as Record<string, unknown>)[key], value));
}
