// Picks the X for a new binding. Pure: the caller loads the facts, the database's unique
// constraint on (X, party) is the final word under concurrency.
//
// Guarantee (no live binding is ever renumbered, so callers keep the X they were told):
// first-fit over a fixed pool order needs at most deg(A) + deg(B) - 1 numbers, where deg counts
// live bindings. When one side has no other live binding (a customer who talks to one agent at a
// time, the common call-center shape), that is at most deg(agent) <= max degree = the theoretical
// minimum. Stickiness and area preference trade that bound for user-facing continuity, so the
// pool simulator measures with them off and on.

export interface CandidateX {
  x: string;
  areaCode: string | null;
}

export interface AllocationInput {
  /** the pool's unlocked numbers in a stable order (first-fit packs the low ones) */
  candidates: readonly CandidateX[];
  /** X numbers on which A or B already appears in a live binding, or is cooling down */
  blocked: ReadonlySet<string>;
  /** the X this pair had last time, if any */
  sticky?: string | null;
  /** prefer numbers from B's area */
  preferredArea?: string | null;
}

export type Allocation =
  | { ok: true; x: string; reason: 'sticky' | 'same-area' | 'first-fit' }
  | { ok: false; poolSize: number; blocked: number };

export function allocateX(input: AllocationInput): Allocation {
  const free = (c: CandidateX) => !input.blocked.has(c.x);
  if (input.sticky && input.candidates.some((c) => c.x === input.sticky && free(c))) {
    return { ok: true, x: input.sticky, reason: 'sticky' };
  }
  if (input.preferredArea) {
    const local = input.candidates.find((c) => c.areaCode === input.preferredArea && free(c));
    if (local) return { ok: true, x: local.x, reason: 'same-area' };
  }
  const any = input.candidates.find(free);
  if (any) return { ok: true, x: any.x, reason: 'first-fit' };
  return { ok: false, poolSize: input.candidates.length, blocked: input.candidates.filter((c) => !free(c)).length };
}
