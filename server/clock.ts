/** Injected so tests can move time (expiry, cool-down, signature skew) without sleeping. */
export type Clock = () => number;
export const systemClock: Clock = () => Date.now();
