// The desk's claims without a reachable hub: local expiry and release on an injected clock, the JSON book
// surviving a restart, an unreadable book kept aside, and a hub that refuses this desk's key.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJsonClaimStore, createMemoryClaimStore } from '../../../../../main/node/claims/claim-store';
import { createLeadClaims } from '../../../../../main/node/claims/lead-claims';
import { memoryLogger } from '../../../../../main/node/logging/logger';

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'dd-desk-local-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lead = { contactE164: '13800138000', contactId: 'contact-1', campaignId: 'c' };

describe('desk claims with no hub', () => {
  it('claims locally; another agent waits for release or expiry', async () => {
    let now = 1_000_000;
    const claims = createLeadClaims({ hub: null, store: createMemoryClaimStore(), log: memoryLogger(), clock: () => now, ttlSeconds: 60 });
    expect(await claims.claim(lead, 'A')).toEqual({ granted: true, mode: 'local' });
    expect(await claims.claim(lead, 'B')).toEqual({ granted: false, heldBy: { agentId: 'A', campaignId: 'c', since: now, expiresAt: now + 60_000 } });
    now += 30_000;
    expect(await claims.renew(lead, 'A')).toBe(true);
    now += 59_000; // renewed: still A's
    expect((await claims.claim(lead, 'B')).granted).toBe(false);
    now += 1_000;
    expect(await claims.claim(lead, 'B')).toEqual({ granted: true, mode: 'local' });
    expect(await claims.renew(lead, 'A')).toBe(false);
    await claims.release(lead, 'B');
    expect(await claims.claim(lead, 'C')).toEqual({ granted: true, mode: 'local' });
    await claims.close();
  });

  it('the book survives a desk restart, and an unreadable one is kept aside', async () => {
    const file = join(dir, 'lead-claims.json');
    const log = memoryLogger();
    const first = createLeadClaims({ hub: null, store: createJsonClaimStore(file, log), log });
    await first.claim(lead, 'A');
    await first.close();
    const second = createLeadClaims({ hub: null, store: createJsonClaimStore(file, log), log });
    expect(await second.claim(lead, 'B')).toMatchObject({ granted: false, heldBy: { agentId: 'A' } });
    await second.close();

    writeFileSync(file, '{"version":1,"entries":"not a list"}');
    const third = createLeadClaims({ hub: null, store: createJsonClaimStore(file, log), log });
    expect(await third.claim(lead, 'B')).toEqual({ granted: true, mode: 'local' });
    await third.close();
    const aside = readdirSync(dir).filter((f) => f.startsWith('lead-claims.json.invalid-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, aside[0]!), 'utf8')).toContain('not a list');
    expect(log.lines.some((l) => l.level === 'error' && l.message.includes('unreadable'))).toBe(true);
  });
});

describe('a hub that answers but refuses this desk', () => {
  let server: Server;
  let url: string;
  let status = 401;
  beforeAll(async () => {
    server = createServer((_req, res) => { res.writeHead(status, { 'content-type': 'application/json' }); res.end(JSON.stringify({ code: 'X', message: `answered ${status}` })); });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('a refused key (401) falls back to a local claim and is logged as an error', async () => {
    status = 401;
    const log = memoryLogger();
    const store = createMemoryClaimStore();
    const claims = createLeadClaims({ hub: { url, keyId: 'k', secret: 's' }, store, log, probeBackoff: { initialMs: 60_000, maxMs: 60_000, jitter: 0 } });
    expect(await claims.claim(lead, 'A')).toEqual({ granted: true, mode: 'local' });
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 'error', message: expect.stringContaining('refuses this desk') }));
    expect(store.current().entries[0]).toMatchObject({ pending: true, leadKey: null }); // no salt yet: the number waits for a key
    await claims.close();
  });

  it('a request the hub calls malformed (400) is an error, and nothing is claimed', async () => {
    status = 400;
    const store = createMemoryClaimStore();
    const claims = createLeadClaims({ hub: { url, keyId: 'k', secret: 's' }, store, log: memoryLogger() });
    await expect(claims.claim(lead, 'A')).rejects.toThrow(/answered 400/);
    expect(store.current().entries).toEqual([]);
    await claims.close();
  });
});
