// Two desks (createLeadClaims) against a real binding-server process on loopback: one wins a lead,
// release frees it, a stopped hub makes both claim locally, and when it is back the background
// reconcile tells the later desk who had the lead. Persisted books survive a desk restart.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connect } from '../../../../../server/db/connect';
import { migrateToLatest } from '../../../../../server/db/migrate';
import { createTenantWithKey, type ApiKey } from '../../../../../server/security/keys';
import { createVault } from '../../../../../server/security/vault';
import { createJsonClaimStore, createMemoryClaimStore, type ClaimStore } from '../../../../../main/node/claims/claim-store';
import { createLeadClaims, type ClaimConflict, type LeadClaims } from '../../../../../main/node/claims/lead-claims';
import { memoryLogger } from '../../../../../main/node/logging/logger';
import { startServerProcess, type ServerProcess } from '../../../server/server-process';

const fast = { initialMs: 50, maxMs: 300, jitter: 0 };
let dir: string;
let env: Record<string, string>;
let key: ApiKey;
let server: ServerProcess | null = null;
let url: string;
const desks: LeadClaims[] = [];

const lead = (n: number, campaignId = 'spring') => ({ contactE164: `+86 139 ${String(n).padStart(4, '0')} 8000`, contactId: `contact-${n}`, campaignId });

function desk(store: ClaimStore = createMemoryClaimStore(), extra: { ttlSeconds?: number; clock?: () => number } = {}, hubFetch?: typeof fetch) {
  const log = memoryLogger();
  const conflicts: ClaimConflict[] = [];
  const hub = { url, keyId: key.id, secret: key.secret, timeoutMs: 2_000, ...(hubFetch ? { fetch: hubFetch } : {}) };
  const claims = createLeadClaims({ hub, store, log, probeBackoff: fast, ...extra });
  claims.onConflict((c) => conflicts.push(c));
  desks.push(claims);
  return { claims, conflicts, log, store };
}

async function startHub(port = '0') {
  server = await startServerProcess({ ...env, PORT: port });
  url = server.url;
}
async function stopHub() {
  await server?.stop();
  server = null;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dd-desk-claims-'));
  const masterKey = randomBytes(32);
  const dbUrl = join(dir, 'binding.db');
  const { kysely } = connect(dbUrl);
  await migrateToLatest(kysely);
  key = await createTenantWithKey(kysely, createVault(masterKey), `desks-${randomUUID()}`, Date.now());
  await kysely.destroy();
  env = { DATABASE_URL: dbUrl, BINDING_MASTER_KEY: masterKey.toString('base64'), DATA_DIR: dir, LOG_LEVEL: 'info' };
  await startHub();
}, 60_000);
afterAll(async () => {
  await Promise.all(desks.map((d) => d.close()));
  await stopHub();
  rmSync(dir, { recursive: true, force: true });
});

describe('desk lead claims against a real hub', () => {
  it('two desks claim the same lead: one wins at the hub, the other is told who has it', async () => {
    const a = desk();
    const b = desk();
    const [ra, rb] = await Promise.all([a.claims.claim(lead(1), 'agent-a'), b.claims.claim(lead(1), 'agent-b')]);
    const winner = ra.granted ? 'agent-a' : 'agent-b';
    expect([ra.granted, rb.granted].filter(Boolean)).toHaveLength(1);
    const loser = ra.granted ? rb : ra;
    expect(ra.granted ? ra : rb).toEqual({ granted: true, mode: 'hub' });
    expect(loser).toMatchObject({ granted: false, heldBy: { agentId: winner, campaignId: 'spring' } });
    // the same number written another way is the same lead
    expect(await b.claims.claim({ ...lead(1), contactE164: '008613900018000' }, 'agent-c')).toMatchObject({ granted: false, heldBy: { agentId: winner } });
  });

  it('release frees the lead; renew keeps it; a bad number is a clear error', async () => {
    const a = desk();
    const b = desk();
    expect(await a.claims.claim(lead(2), 'agent-a')).toEqual({ granted: true, mode: 'hub' });
    expect(await a.claims.renew(lead(2), 'agent-a')).toBe(true);
    expect(await b.claims.renew(lead(2), 'agent-b')).toBe(false);
    expect((await b.claims.claim(lead(2), 'agent-b')).granted).toBe(false);
    await a.claims.release(lead(2), 'agent-a');
    expect(await b.claims.claim(lead(2), 'agent-b')).toEqual({ granted: true, mode: 'hub' });
    await expect(a.claims.claim({ ...lead(3), contactE164: '12345' }, 'agent-a')).rejects.toThrow(/cannot claim this lead/);
  });

  it('a hub claim expires by its TTL when nobody renews it', async () => {
    const a = desk(createMemoryClaimStore(), { ttlSeconds: 10 });
    const b = desk();
    expect((await a.claims.claim(lead(4), 'agent-a')).granted).toBe(true);
    expect((await b.claims.claim(lead(4), 'agent-b')).granted).toBe(false);
    await vi.waitFor(async () => expect(await b.claims.claim(lead(4), 'agent-b')).toEqual({ granted: true, mode: 'hub' }), { timeout: 15_000, interval: 500 });
  }, 30_000);

  it('hub stopped: both desks claim locally; hub back: the background reconcile tells the later desk', async () => {
    const a = desk(createJsonClaimStore(join(dir, 'desk-a.json'), memoryLogger()));
    // B's own background probe may fire the moment the hub is back; its reconcile waits until A has
    // synced, so "A is back first" holds however the timers fall (else B would win and A be told)
    let aSynced!: () => void;
    const afterA = new Promise<void>((resolve) => (aSynced = resolve));
    const b = desk(undefined, {}, async (input, init) => {
      if (String(input).includes('/v1/claims/reconcile')) await afterA;
      return fetch(input, init);
    });
    // both have met the hub once, so both know the tenant's lead-key salt
    await a.claims.claim(lead(90), 'agent-a');
    await b.claims.claim(lead(91), 'agent-b');
    const port = new URL(url).port;
    await stopHub();

    expect(await a.claims.claim(lead(5), 'agent-a')).toEqual({ granted: true, mode: 'local' });
    await new Promise((r) => setTimeout(r, 20)); // desk B claims later
    expect(await b.claims.claim(lead(5), 'agent-b')).toEqual({ granted: true, mode: 'local' });
    expect(a.log.lines.some((l) => l.level === 'warn' && l.message.includes('hub unreachable'))).toBe(true);
    // the pending claim is on disk, keyed by hash: no phone number in the file
    const onDisk = readFileSync(join(dir, 'desk-a.json'), 'utf8');
    expect(onDisk).toContain('"pending":true');
    expect(onDisk).not.toContain('13900058000');

    await startHub(port);
    await a.claims.syncNow(); // A is back first
    aSynced();
    await vi.waitFor(() => expect(b.conflicts).toHaveLength(1), { timeout: 20_000, interval: 100 }); // B by its own probe
    expect(a.conflicts).toEqual([]);
    expect(b.conflicts[0]).toMatchObject({ contactId: 'contact-5', campaignId: 'spring', agentId: 'agent-b', heldBy: { agentId: 'agent-a' }, stillWorking: true });
    // A's offline claim is now the hub's claim
    expect(await desk().claims.claim(lead(5), 'agent-z')).toMatchObject({ granted: false, heldBy: { agentId: 'agent-a' } });
    expect(readFileSync(join(dir, 'desk-a.json'), 'utf8')).not.toContain('"pending":true');
  }, 60_000);

  it('a claim released offline still reaches the hub after a desk restart, and conflicts with an overlapping one', async () => {
    const file = join(dir, 'desk-r.json');
    const first = desk(createJsonClaimStore(file, memoryLogger()));
    const other = desk();
    await first.claims.claim(lead(95), 'agent-r'); // both fetch the salt
    await other.claims.claim(lead(96), 'agent-o');
    const port = new URL(url).port;
    await stopHub();
    expect(await first.claims.claim(lead(6), 'agent-r')).toEqual({ granted: true, mode: 'local' });
    expect(await other.claims.claim(lead(6), 'agent-o')).toEqual({ granted: true, mode: 'local' });
    await new Promise((r) => setTimeout(r, 20)); // intervals are half-open: make the overlap more than a shared millisecond
    await first.claims.release(lead(6), 'agent-r'); // the call ended while the hub was down
    await first.claims.close(); // the desk is restarted before the hub is back

    await startHub(port);
    const restarted = desk(createJsonClaimStore(file, memoryLogger()));
    await vi.waitFor(() => expect(readFileSync(file, 'utf8')).not.toContain('"pending":true'), { timeout: 20_000, interval: 100 });
    await other.claims.syncNow();
    // whichever reconciled second learns of the other: the ended claim was recorded with its interval
    const told = [...restarted.conflicts, ...other.conflicts];
    expect(told).toHaveLength(1);
    expect(told[0]!.heldBy.agentId).toBe(told[0]!.agentId === 'agent-r' ? 'agent-o' : 'agent-r');
  }, 60_000);

  it('a desk that never reached the hub claims locally and keys its claims once the hub answers', async () => {
    const port = new URL(url).port;
    await stopHub();
    const store = createMemoryClaimStore();
    const fresh = desk(store);
    expect(await fresh.claims.claim(lead(7), 'agent-f')).toEqual({ granted: true, mode: 'local' });
    expect(store.current().entries[0]).toMatchObject({ leadKey: null, e164: '+8613900078000' });
    await startHub(port);
    await vi.waitFor(() => expect(store.current().entries[0]).toMatchObject({ mode: 'hub', pending: false, e164: null }), { timeout: 20_000, interval: 100 });
    expect(await desk().claims.claim(lead(7), 'agent-z')).toMatchObject({ granted: false, heldBy: { agentId: 'agent-f' } });
  }, 60_000);
});
