import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../../common/claims/claims-api';
import {
  applyReconcile, claimLocally, emptyBook, findEntry, keyEntries, pendingByAgent, pruneBook, recordHubGrant, releaseInBook, renewLocally,
  type ClaimBook, type LeadRef,
} from '../../../../common/claims/book';
import { ClaimBookSchema } from '../../../../common/claims/book-schema';

const NOW = 1_000_000;
const TTL = 1000;
const K1 = '1'.repeat(64);
const K2 = '2'.repeat(64);
const ref = (leadKey: string | null = K1, e164 = '+8613800138000'): LeadRef => ({ leadKey, e164, contactId: 'contact-1', campaignId: 'c' });
const hubClaim = (over: Partial<Claim> = {}): Claim => ({ leadKey: K1, agentId: 'A', campaignId: 'c', since: NOW, expiresAt: NOW + TTL, releasedAt: null, ...over });
const withSalt = (): ClaimBook => ({ ...emptyBook(), salt: 's'.repeat(43) });

describe('claimLocally (hub unreachable)', () => {
  it('grants a free lead locally and marks it pending', () => {
    const { book, answer } = claimLocally(withSalt(), ref(), 'A', NOW, TTL);
    expect(answer).toEqual({ granted: true, mode: 'local' });
    expect(findEntry(book, ref())).toMatchObject({ mode: 'local', pending: true, since: NOW, expiresAt: NOW + TTL, e164: null });
  });
  it('refuses when another agent of this desk holds it', () => {
    const first = claimLocally(withSalt(), ref(), 'A', NOW, TTL).book;
    expect(claimLocally(first, ref(), 'B', NOW + 1, TTL).answer).toEqual({ granted: false, heldBy: { agentId: 'A', campaignId: 'c', since: NOW, expiresAt: NOW + TTL } });
  });
  it('grants once the other agent\'s local claim has expired', () => {
    const first = claimLocally(withSalt(), ref(), 'A', NOW, TTL).book;
    expect(claimLocally(first, ref(), 'B', NOW + TTL, TTL).answer).toEqual({ granted: true, mode: 'local' });
  });
  it('keeps a hub claim of the same agent as hub, extended and pending for the hub to hear', () => {
    const hub = recordHubGrant(withSalt(), ref(), hubClaim());
    const { book, answer } = claimLocally(hub, ref(), 'A', NOW + 500, TTL);
    expect(answer).toEqual({ granted: true, mode: 'hub' });
    expect(findEntry(book, ref())).toMatchObject({ mode: 'hub', pending: true, expiresAt: NOW + 500 + TTL, since: NOW });
  });
  it('without a salt, keeps the number only until the key can be derived', async () => {
    const { book } = claimLocally(emptyBook(), ref(null), 'A', NOW, TTL);
    expect(findEntry(book, ref(null))).toMatchObject({ leadKey: null, e164: '+8613800138000' });
    expect(pendingByAgent(book).size).toBe(0); // nothing to send without a key
    const keyed = await keyEntries(book, 's'.repeat(43), async (e164) => `key-of-${e164}`);
    expect(keyed.salt).toBe('s'.repeat(43));
    expect(keyed.entries[0]).toMatchObject({ leadKey: 'key-of-+8613800138000', e164: null, pending: true });
  });
});

describe('release and renew in the book', () => {
  it('a release the hub heard removes the entry', () => {
    const b = recordHubGrant(withSalt(), ref(), hubClaim());
    expect(releaseInBook(b, ref(), 'A', NOW + 10, true).entries).toEqual([]);
  });
  it('a release the hub did not hear is kept as an ended, pending claim', () => {
    const b = recordHubGrant(withSalt(), ref(), hubClaim());
    expect(findEntry(releaseInBook(b, ref(), 'A', NOW + 10, false), ref())).toMatchObject({ releasedAt: NOW + 10, pending: true });
    expect(pendingByAgent(releaseInBook(b, ref(), 'A', NOW + 10, false)).get('A')).toEqual([{ leadKey: K1, campaignId: 'c', since: NOW, endsAt: NOW + 10 }]);
  });
  it('never releases another agent\'s claim', () => {
    const b = recordHubGrant(withSalt(), ref(), hubClaim());
    expect(releaseInBook(b, ref(), 'B', NOW + 10, false)).toBe(b);
  });
  it('a release at the claim\'s first instant still sends a valid interval', () => {
    const b = claimLocally(withSalt(), ref(), 'A', NOW, TTL).book;
    expect(pendingByAgent(releaseInBook(b, ref(), 'A', NOW, false)).get('A')![0]).toMatchObject({ since: NOW, endsAt: NOW + 1 });
  });
  it('renews only the agent\'s own open claim', () => {
    const b = recordHubGrant(withSalt(), ref(), hubClaim());
    expect(renewLocally(b, ref(), 'A', NOW + 900, TTL)).toMatchObject({ renewed: true });
    expect(findEntry(renewLocally(b, ref(), 'A', NOW + 900, TTL).book, ref())).toMatchObject({ expiresAt: NOW + 900 + TTL, pending: true });
    expect(renewLocally(b, ref(), 'B', NOW + 900, TTL).renewed).toBe(false);
    expect(renewLocally(releaseInBook(b, ref(), 'A', NOW, false), ref(), 'A', NOW + 1, TTL).renewed).toBe(false);
  });
});

describe('applyReconcile: what the desk does with the hub\'s answers', () => {
  const twoLocal = () => {
    let b = claimLocally(withSalt(), ref(K1), 'A', NOW, TTL).book;
    b = claimLocally(b, { ...ref(K2, '+8613800138001'), contactId: 'contact-2' }, 'A', NOW, TTL).book;
    return b;
  };

  it.each([
    { name: 'confirmed: keep, now a hub claim', item: { leadKey: K1, status: 'confirmed' as const, claim: hubClaim({ expiresAt: NOW + TTL }) }, action: { kind: 'keep', contactId: 'contact-1' }, entry: { mode: 'hub', pending: false } },
    { name: 'expired: forget', item: { leadKey: K1, status: 'expired' as const }, action: { kind: 'forget', contactId: 'contact-1' }, entry: undefined },
    {
      name: 'conflict: drop and tell the agent who had it',
      item: { leadKey: K1, status: 'conflict' as const, holder: hubClaim({ agentId: 'X', since: NOW - 5 }) },
      action: { kind: 'tell-agent', contactId: 'contact-1', heldBy: expect.objectContaining({ agentId: 'X', since: NOW - 5 }), stillWorking: true },
      entry: undefined,
    },
  ])('$name', ({ item, action, entry }) => {
    const { book, actions } = applyReconcile(twoLocal(), 'A', [item], NOW + 10);
    expect(actions).toEqual([expect.objectContaining(action)]);
    const e = findEntry(book, ref(K1));
    if (entry) expect(e).toMatchObject(entry);
    else expect(e).toBeUndefined();
    expect(findEntry(book, ref(K2, '+8613800138001'))).toMatchObject({ pending: true }); // untouched
  });

  it('a conflict on a claim already finished says the agent is no longer working it', () => {
    const b = releaseInBook(twoLocal(), ref(K1), 'A', NOW + 5, false);
    const { actions } = applyReconcile(b, 'A', [{ leadKey: K1, status: 'conflict', holder: hubClaim({ agentId: 'X' }) }], NOW + 10);
    expect(actions[0]).toMatchObject({ kind: 'tell-agent', stillWorking: false });
  });

  it('a release or heartbeat made while the answer was on its way stays pending', () => {
    const released = releaseInBook(twoLocal(), ref(K1), 'A', NOW + 5, false);
    expect(findEntry(applyReconcile(released, 'A', [{ leadKey: K1, status: 'confirmed', claim: hubClaim() }], NOW + 10).book, ref(K1))).toMatchObject({ pending: true, releasedAt: NOW + 5 });
    const renewed = renewLocally(twoLocal(), ref(K1), 'A', NOW + 500, TTL).book;
    expect(findEntry(applyReconcile(renewed, 'A', [{ leadKey: K1, status: 'confirmed', claim: hubClaim() }], NOW + 600).book, ref(K1))).toMatchObject({ pending: true, mode: 'hub', expiresAt: NOW + 500 + TTL });
  });

  it('ignores answers for entries that are gone or belong to another agent', () => {
    const b = twoLocal();
    expect(applyReconcile(b, 'B', [{ leadKey: K1, status: 'expired' }], NOW).actions).toEqual([]);
    expect(applyReconcile(b, 'A', [{ leadKey: '9'.repeat(64), status: 'expired' }], NOW).actions).toEqual([]);
  });
});

describe('pruneBook and the persisted shape', () => {
  it('drops ended claims the hub knows, keeps pending and live ones', () => {
    let b = recordHubGrant(withSalt(), ref(K1), hubClaim({ expiresAt: NOW + 10 }));
    b = claimLocally(b, { ...ref(K2, '+8613800138001') }, 'A', NOW - 5000, TTL).book; // ended but pending
    const pruned = pruneBook(b, NOW + 20);
    expect(pruned.entries.map((e) => e.leadKey)).toEqual([K2]);
  });
  it('without a hub, ended claims go even though nobody was told', () => {
    let b = claimLocally(withSalt(), ref(K1), 'A', NOW, TTL).book;
    b = claimLocally(b, { ...ref(K2, '+8613800138001') }, 'A', NOW - 5000, TTL).book;
    expect(pruneBook(b, NOW + 1, false).entries.map((e) => e.leadKey)).toEqual([K1]);
  });
  it('a book round-trips through its schema, and a wrong one is refused', () => {
    const b = claimLocally(withSalt(), ref(), 'A', NOW, TTL).book;
    expect(ClaimBookSchema.parse(JSON.parse(JSON.stringify(b)))).toEqual(b);
    expect(ClaimBookSchema.safeParse({ version: 2, salt: null, entries: [] }).success).toBe(false);
    expect(ClaimBookSchema.safeParse({ ...b, entries: [{ ...b.entries[0], mode: 'other' }] }).success).toBe(false);
  });
});
