import { describe, expect, it } from 'vitest';
import { recentNonces } from '../../../../server/security/recent-nonces';

const W = 600_000;

describe('recent nonces (SQLite replay refusal)', () => {
  it('accepts a nonce once per key and refuses its replay', () => {
    const r = recentNonces(W, [], 0);
    expect(r.claim('k1', 'n', 0)).toBe(true);
    expect(r.claim('k1', 'n', 1)).toBe(false);
    expect(r.claim('k2', 'n', 1)).toBe(true); // another key's nonce space
  });

  it.each([
    ['just seen', 0, 1],
    ['seen at the very end of a generation', W - 1, W + W - 2],
    ['seen at the start of a generation', W, W + W - 1],
    ['seen one window ago, minus a millisecond', 10, 10 + W - 1],
  ])('remembers a nonce %s for at least the whole window', (_why, seenAt, replayAt) => {
    const r = recentNonces(W, [], 0);
    // traffic between keeps rotating the generations
    for (let t = 0; t < seenAt; t += W / 4) r.claim('other', `o${t}`, t);
    expect(r.claim('k', 'n', seenAt)).toBe(true);
    for (let t = seenAt; t < replayAt; t += W / 4) r.claim('other', `p${t}`, t);
    expect(r.claim('k', 'n', replayAt)).toBe(false);
  });

  it('forgets nonces two windows old, so memory stays bounded', () => {
    const r = recentNonces(W, [], 0);
    for (let i = 0; i < 100; i++) r.claim('k', `n${i}`, i);
    r.claim('k', 'later', W + 1);
    expect(r.size).toBe(101);
    expect(r.claim('k', 'latest', 3 * W)).toBe(true);
    expect(r.size).toBe(1 + 1); // 'later' is in the previous generation, the first hundred are gone
    expect(r.claim('k', 'n1', 3 * W + 1)).toBe(true); // its timestamp check would refuse such a replay by now
  });

  it('keeps the nonces it is started with for a whole window', () => {
    const r = recentNonces(W, [{ key_id: 'k', nonce: 'from-journal' }], 5);
    expect(r.claim('k', 'from-journal', 5 + W - 1)).toBe(false);
  });

  it('cannot be fooled by a key id and nonce that join to the same string', () => {
    const r = recentNonces(W, [], 0);
    expect(r.claim('ab', 'c', 0)).toBe(true);
    expect(r.claim('a', 'bc', 0)).toBe(true);
  });
});
