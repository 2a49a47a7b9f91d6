// Replays a call-center day with the real allocator: agents each hold several live customer
// bindings, a minority of customers talk to two agents at once. Reports the pool first-fit needed
// against the lower bound (the most concurrent partners any one number had) and the naive pool
// (one X per live binding at the peak).
import { allocateX, type CandidateX } from '../../common/binding/allocator';
import { seededRandom } from '../../common/random/seeded-random';

export interface SimOptions {
  bindings: number;
  agents: number;
  /** mean binding lifetime in minutes */
  meanLifetimeMin: number;
  /** mean live bindings per agent */
  meanAgentLoad: number;
  /** chance that a new binding reuses a recent customer, who may still be bound to another agent */
  repeatCustomer: number;
  seed: number;
}

export interface SimResult { bindings: number; poolUsed: number; theoreticalMin: number; naive: number }


export function simulate(o: SimOptions): SimResult {
  const rand = seededRandom(o.seed);
  const perMinute = (o.agents * o.meanAgentLoad) / o.meanLifetimeMin; // Little's law
  const xsOf = new Map<string, Set<string>>(); // party → X numbers it holds in live bindings
  const expiring = new Map<number, [string, string, string][]>(); // minute → (a, b, x)
  const pool: CandidateX[] = [];
  let live = 0, naive = 0, theoreticalMin = 0, made = 0, nextCustomer = 0;
  const hold = (p: string, x: string) => {
    const s = xsOf.get(p) ?? new Set<string>();
    s.add(x);
    xsOf.set(p, s);
    theoreticalMin = Math.max(theoreticalMin, s.size);
  };
  const drop = (p: string, x: string) => {
    const s = xsOf.get(p)!;
    s.delete(x);
    if (s.size === 0) xsOf.delete(p);
  };

  for (let minute = 0; made < o.bindings; minute++) {
    for (const [a, b, x] of expiring.get(minute) ?? []) { drop(a, x); drop(b, x); live--; }
    expiring.delete(minute);
    // Poisson arrivals via exponential gaps inside this minute
    for (let t = -Math.log(1 - rand()) / perMinute; t < 1 && made < o.bindings; t += -Math.log(1 - rand()) / perMinute) {
      const a = `agent-${Math.floor(o.agents * rand() ** 1.3)}`; // some agents are busier than others
      const b = rand() < o.repeatCustomer && nextCustomer > 0
        ? `cust-${nextCustomer - 1 - Math.floor(rand() * Math.min(nextCustomer, 500))}`
        : `cust-${nextCustomer++}`;
      if (xsOf.get(a) && xsOf.get(b) && [...xsOf.get(a)!].some((x) => xsOf.get(b)!.has(x))) continue; // pair already bound: get-or-create
      const blocked = new Set([...(xsOf.get(a) ?? []), ...(xsOf.get(b) ?? [])]);
      let pick = allocateX({ candidates: pool, blocked });
      if (!pick.ok) { // the sim grows the pool on demand to measure how many numbers were needed
        pool.push({ x: `X${pool.length}`, areaCode: null });
        pick = allocateX({ candidates: pool, blocked });
      }
      if (!pick.ok) throw new Error('unreachable: a fresh X is free for everyone');
      hold(a, pick.x);
      hold(b, pick.x);
      const end = minute + 1 + Math.floor(-Math.log(1 - rand()) * o.meanLifetimeMin);
      const due = expiring.get(end) ?? [];
      due.push([a, b, pick.x]);
      expiring.set(end, due);
      live++;
      made++;
      naive = Math.max(naive, live);
    }
  }
  return { bindings: made, poolUsed: pool.length, theoreticalMin, naive };
}
