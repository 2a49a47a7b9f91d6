import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../../common/claims/claims-api';
import { decideClaim, decideReconcile, decideRelease, decideRenew, MAX_CLAIM_MS } from '../../../../common/claims/decide';

const NOW = 1_000_000;
const K = 'k'.repeat(64);
const held = (over: Partial<Claim> = {}): Claim => ({ leadKey: K, agentId: 'A', campaignId: 'c', since: NOW - 100, expiresAt: NOW + 100, releasedAt: null, ...over });

describe('decideClaim', () => {
  const req = (agentId: string, ttlMs = 1000) => ({ leadKey: K, agentId, campaignId: 'c2', ttlMs });
  it.each([
    { name: 'free lead', existing: null, agent: 'B', want: { kind: 'grant', reclaimed: false, row: { agentId: 'B', since: NOW, expiresAt: NOW + 1000 } } },
    { name: 'held by another', existing: held(), agent: 'B', want: { kind: 'refuse', holder: held() } },
    { name: 'expired holder', existing: held({ expiresAt: NOW }), agent: 'B', want: { kind: 'grant', reclaimed: false, row: { agentId: 'B', since: NOW } } },
    { name: 'released holder', existing: held({ releasedAt: NOW - 1 }), agent: 'B', want: { kind: 'grant', reclaimed: false, row: { agentId: 'B', releasedAt: null } } },
    { name: 'same agent again: same claim, extended', existing: held(), agent: 'A', want: { kind: 'grant', reclaimed: true, row: { since: NOW - 100, expiresAt: NOW + 1000, campaignId: 'c2' } } },
  ])('$name', ({ existing, agent, want }) => {
    expect(decideClaim(existing, req(agent), NOW)).toMatchObject(want);
  });
  it('a re-claim never shortens the claim', () => {
    expect(decideClaim(held({ expiresAt: NOW + 5000 }), req('A', 10), NOW)).toMatchObject({ row: { expiresAt: NOW + 5000 } });
  });
});

describe('decideRenew', () => {
  it.each([
    { name: 'no row', existing: null, want: { kind: 'missing' } },
    { name: 'own live claim', existing: held(), want: { kind: 'grant', row: { expiresAt: NOW + 1000, since: NOW - 100 } } },
    { name: 'own lapsed claim nobody took', existing: held({ expiresAt: NOW - 1 }), want: { kind: 'grant', row: { expiresAt: NOW + 1000 } } },
    { name: 'own released claim', existing: held({ releasedAt: NOW - 1 }), want: { kind: 'missing' } },
    { name: 'another agent holds it', existing: held({ agentId: 'B' }), want: { kind: 'refuse' } },
    { name: "another agent's ended claim", existing: held({ agentId: 'B', expiresAt: NOW }), want: { kind: 'missing' } },
  ])('$name', ({ existing, want }) => {
    expect(decideRenew(existing, { agentId: 'A', ttlMs: 1000 }, NOW)).toMatchObject(want);
  });
});

describe('decideRelease', () => {
  it.each([
    { name: 'own live claim', existing: held(), agent: 'A', want: { releasedAt: NOW } },
    { name: "someone else's", existing: held(), agent: 'B', want: null },
    { name: 'already released', existing: held({ releasedAt: NOW - 5 }), agent: 'A', want: null },
    { name: 'expired', existing: held({ expiresAt: NOW }), agent: 'A', want: null },
    { name: 'nothing', existing: null, agent: 'A', want: null },
  ])('$name', ({ existing, agent, want }) => {
    const r = decideRelease(existing, agent, NOW);
    if (want === null) expect(r).toBeNull();
    else expect(r).toMatchObject(want);
  });
});

describe('decideReconcile', () => {
  const off = (since: number, endsAt: number) => ({ leadKey: K, campaignId: 'c', since, endsAt });
  it.each([
    { name: 'unknown lead, still open: confirmed', existing: null, offline: off(NOW - 50, NOW + 50), want: { status: 'confirmed', row: { agentId: 'B', since: NOW - 50, expiresAt: NOW + 50 } } },
    { name: 'unknown lead, ended offline: expired but recorded', existing: null, offline: off(NOW - 50, NOW - 10), want: { status: 'expired', row: { agentId: 'B', expiresAt: NOW - 10 } } },
    { name: 'another agent overlapping, live: conflict', existing: held(), offline: off(NOW - 50, NOW + 50), want: { status: 'conflict', holder: held() } },
    { name: 'another agent overlapping, since released: conflict', existing: held({ releasedAt: NOW - 20 }), offline: off(NOW - 50, NOW + 50), want: { status: 'conflict' } },
    { name: 'another agent overlapping our ended claim: conflict', existing: held({ since: NOW - 300, expiresAt: NOW - 100 }), offline: off(NOW - 200, NOW - 50), want: { status: 'conflict' } },
    { name: 'ours ended before theirs began: expired, theirs kept', existing: held({ since: NOW - 10 }), offline: off(NOW - 50, NOW - 10), want: { status: 'expired', row: null } },
    { name: 'theirs ended before ours began: ours recorded', existing: held({ since: NOW - 300, expiresAt: NOW - 200 }), offline: off(NOW - 100, NOW + 50), want: { status: 'confirmed', row: { agentId: 'B', since: NOW - 100 } } },
    { name: 'our own hub claim continued offline: the desk\'s end wins', existing: held({ agentId: 'B', since: NOW - 90, expiresAt: NOW + 10 }), offline: off(NOW - 90, NOW + 500), want: { status: 'confirmed', row: { since: NOW - 90, expiresAt: NOW + 500 } } },
    { name: 'our own claim released offline: ended at the hub', existing: held({ agentId: 'B', since: NOW - 90, expiresAt: NOW + 500 }), offline: off(NOW - 90, NOW - 5), want: { status: 'expired', row: { expiresAt: NOW - 5 } } },
    { name: 'a later claim of ours stays', existing: held({ agentId: 'B', since: NOW - 5 }), offline: off(NOW - 90, NOW - 10), want: { status: 'expired', row: null } },
  ])('$name', ({ existing, offline, want }) => {
    expect(decideReconcile(existing, 'B', offline, NOW)).toMatchObject(want);
  });

  it('a claim touching another at one instant is not a conflict (half-open intervals)', () => {
    expect(decideReconcile(held({ since: NOW - 100, expiresAt: NOW - 50 }), 'B', off(NOW - 50, NOW + 10), NOW).status).toBe('confirmed');
  });

  it('cannot reserve a lead further ahead than the longest TTL, nor start in the future', () => {
    const d = decideReconcile(null, 'B', off(NOW + 5000, NOW + 10 * MAX_CLAIM_MS), NOW);
    expect(d).toMatchObject({ status: 'confirmed', row: { since: NOW, expiresAt: NOW + MAX_CLAIM_MS } });
  });
});
