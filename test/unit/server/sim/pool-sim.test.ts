import { describe, expect, it } from 'vitest';
import { simulate } from '../../../../server/sim/simulate';

const base = { bindings: 20_000, agents: 300, meanLifetimeMin: 30, meanAgentLoad: 6, seed: 1 };

describe('pool simulation with the real allocator', () => {
  it('uses exactly the lower bound when every customer talks to one agent at a time', () => {
    const r = simulate({ ...base, repeatCustomer: 0 });
    expect(r.bindings).toBe(20_000);
    expect(r.poolUsed).toBe(r.theoreticalMin);
    expect(r.naive).toBeGreaterThan(10 * r.poolUsed);
  });

  it('stays within first-fit\'s 2Δ-1 bound when customers hold two agents at once', () => {
    const r = simulate({ ...base, repeatCustomer: 0.5, seed: 2 });
    expect(r.poolUsed).toBeGreaterThanOrEqual(r.theoreticalMin);
    expect(r.poolUsed).toBeLessThanOrEqual(2 * r.theoreticalMin - 1);
  });

  it('is reproducible for a seed', () => {
    expect(simulate({ ...base, repeatCustomer: 0.2 })).toEqual(simulate({ ...base, repeatCustomer: 0.2 }));
  });
});
