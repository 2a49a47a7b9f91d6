// The hub's lead claims on a real SQLite file and a real PostgreSQL: grant/refuse with the holder,
// idempotent re-claim, heartbeat, release, expiry from stored times across a restart, reconcile of
// offline claims, tenant isolation, the lead-key salt, and bad input.
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, openHarness, skipDialect, stopPostgres, type Harness } from '../../server-harness';

afterAll(() => stopPostgres());

/** a lead key as a desk would send it: an opaque 64-hex-character hash */
const lead = (label = randomUUID()) => createHash('sha256').update(label).digest('hex');
const MIN = 60_000;

describe.each(dialects)('lead claims on %s', (dialect) => {
  let h: Harness;
  beforeAll(async () => { if (!skipDialect(dialect)) h = await openHarness(dialect); });
  afterAll(async () => { await h?.close(); });
  const claim = (leadKey: string, agentId: string, ttlSeconds = 600, campaignId = 'c1', key?: Harness['key']) =>
    h.request('POST', '/v1/claims', { leadKey, agentId, campaignId, ttlSeconds }, { key });
  const t = it.skipIf(skipDialect(dialect));

  t('grants the first claim and refuses a second agent, naming the holder', async () => {
    const k = lead();
    const first = await claim(k, 'agent-1');
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ granted: true, reclaimed: false, claim: { leadKey: k, agentId: 'agent-1', since: h.now(), expiresAt: h.now() + 600_000, releasedAt: null } });
    h.advance(1000);
    const second = await claim(k, 'agent-2');
    expect(second.status).toBe(200);
    expect(second.json).toEqual({ granted: false, holder: { leadKey: k, agentId: 'agent-1', campaignId: 'c1', since: h.now() - 1000, expiresAt: h.now() - 1000 + 600_000, releasedAt: null } });
  });

  t('a re-claim by the same agent is the same claim, extended, never shortened', async () => {
    const k = lead();
    const since = h.now();
    await claim(k, 'agent-1', 600);
    h.advance(MIN);
    const again = await claim(k, 'agent-1', 60, 'c2');
    expect(again.json).toMatchObject({ granted: true, reclaimed: true, claim: { since, expiresAt: since + 600_000, campaignId: 'c2' } });
    const longer = await claim(k, 'agent-1', 3600);
    expect(longer.json).toMatchObject({ granted: true, claim: { since, expiresAt: h.now() + 3_600_000 } });
  });

  t('expiry comes from stored times: a restart loses nothing, and an expired claim is free', async () => {
    const k = lead();
    await claim(k, 'agent-1', 60);
    await h.reopen();
    h.advance(59_000);
    expect((await claim(k, 'agent-2')).json).toMatchObject({ granted: false, holder: { agentId: 'agent-1' } });
    h.advance(1_000);
    expect((await claim(k, 'agent-2')).json).toMatchObject({ granted: true, reclaimed: false, claim: { agentId: 'agent-2', since: h.now() } });
  });

  t('renew extends the holder\'s claim, takes back a lapsed one nobody took, and refuses or 404s otherwise', async () => {
    const k = lead();
    await claim(k, 'agent-1', 60);
    h.advance(50_000);
    expect((await h.request('POST', '/v1/claims/renew', { leadKey: k, agentId: 'agent-1', ttlSeconds: 60 })).json).toMatchObject({ granted: true, claim: { expiresAt: h.now() + 60_000 } });
    h.advance(61_000); // lapsed, nobody else claimed
    expect((await h.request('POST', '/v1/claims/renew', { leadKey: k, agentId: 'agent-1', ttlSeconds: 60 })).json).toMatchObject({ granted: true, claim: { agentId: 'agent-1' } });
    expect((await h.request('POST', '/v1/claims/renew', { leadKey: k, agentId: 'agent-2', ttlSeconds: 60 })).json).toMatchObject({ granted: false, holder: { agentId: 'agent-1' } });
    const missing = await h.request('POST', '/v1/claims/renew', { leadKey: lead(), agentId: 'agent-1', ttlSeconds: 60 });
    expect([missing.status, missing.json.code]).toEqual([404, 'NOT_FOUND']);
  });

  t('release frees the lead for others, is idempotent and never releases someone else\'s claim', async () => {
    const k = lead();
    await claim(k, 'agent-1');
    expect((await h.request('POST', '/v1/claims/release', { leadKey: k, agentId: 'agent-2' })).json).toEqual({ released: false });
    expect((await claim(k, 'agent-2')).json.granted).toBe(false);
    expect((await h.request('POST', '/v1/claims/release', { leadKey: k, agentId: 'agent-1' })).json).toEqual({ released: true });
    expect((await h.request('POST', '/v1/claims/release', { leadKey: k, agentId: 'agent-1' })).json).toEqual({ released: false });
    expect((await h.request('POST', '/v1/claims/renew', { leadKey: k, agentId: 'agent-1', ttlSeconds: 60 })).status).toBe(404);
    expect((await claim(k, 'agent-2')).json).toMatchObject({ granted: true, claim: { agentId: 'agent-2' } });
  });

  t('lists an agent\'s live claims only', async () => {
    const agent = `lister-${randomUUID().slice(0, 6)}`;
    const [a, b, c] = [lead(), lead(), lead()];
    await claim(a, agent, 60);
    await claim(b, agent, 600);
    await claim(c, agent, 600);
    await h.request('POST', '/v1/claims/release', { leadKey: c, agentId: agent });
    h.advance(61_000);
    const list = await h.request('GET', `/v1/claims?agentId=${agent}`);
    expect((list.json.claims as { leadKey: string }[]).map((x) => x.leadKey)).toEqual([b]);
  });

  t('tenants are separate: the same lead key is a different lead', async () => {
    const k = lead();
    const other = await h.newTenant();
    await claim(k, 'agent-1');
    expect((await claim(k, 'agent-9', 600, 'c1', other)).json).toMatchObject({ granted: true });
    expect((await h.request('GET', '/v1/claims?agentId=agent-9')).json.claims).toEqual([]);
  });

  t('reconcile: the first desk back is confirmed, the later one gets the conflict with the holder', async () => {
    const k = lead();
    const since = h.now() - 5 * MIN; // both desks claimed while the hub was down
    const offline = { leadKey: k, campaignId: 'c1', since, endsAt: h.now() + 5 * MIN };
    const a = await h.request('POST', '/v1/claims/reconcile', { agentId: 'desk-a', claims: [offline] });
    expect(a.json).toEqual({ results: [{ leadKey: k, status: 'confirmed', claim: { leadKey: k, agentId: 'desk-a', campaignId: 'c1', since, expiresAt: offline.endsAt, releasedAt: null } }] });
    const b = await h.request('POST', '/v1/claims/reconcile', { agentId: 'desk-b', claims: [{ ...offline, since: since + 1000 }] });
    expect(b.json).toEqual({ results: [{ leadKey: k, status: 'conflict', holder: expect.objectContaining({ agentId: 'desk-a', since }) }] });
    // the confirmed claim is a real hub claim now
    expect((await claim(k, 'agent-3')).json).toMatchObject({ granted: false, holder: { agentId: 'desk-a' } });
  });

  t('reconcile: claims that ended offline are expired but recorded, so a later overlapping desk learns who called', async () => {
    const k = lead();
    const early = { leadKey: k, campaignId: 'c1', since: h.now() - 10 * MIN, endsAt: h.now() - 8 * MIN };
    expect((await h.request('POST', '/v1/claims/reconcile', { agentId: 'desk-a', claims: [early] })).json.results).toEqual([{ leadKey: k, status: 'expired' }]);
    const overlapping = { ...early, since: h.now() - 9 * MIN, endsAt: h.now() - 7 * MIN };
    expect((await h.request('POST', '/v1/claims/reconcile', { agentId: 'desk-b', claims: [overlapping] })).json.results).toEqual([
      { leadKey: k, status: 'conflict', holder: expect.objectContaining({ agentId: 'desk-a' }) },
    ]);
    // one after the other is no conflict
    const later = { ...early, since: h.now() - 7 * MIN, endsAt: h.now() - 6 * MIN };
    expect((await h.request('POST', '/v1/claims/reconcile', { agentId: 'desk-c', claims: [later] })).json.results).toEqual([{ leadKey: k, status: 'expired' }]);
    // and the lead is free now
    expect((await claim(k, 'agent-4')).json.granted).toBe(true);
  });

  t('reconcile: a claim released at the hub still conflicts with an offline claim that overlapped it', async () => {
    const k = lead();
    await claim(k, 'online-agent');
    h.advance(2 * MIN);
    await h.request('POST', '/v1/claims/release', { leadKey: k, agentId: 'online-agent' });
    const res = await h.request('POST', '/v1/claims/reconcile', { agentId: 'offline-agent', claims: [{ leadKey: k, campaignId: 'c1', since: h.now() - MIN, endsAt: h.now() + MIN }] });
    expect(res.json.results).toEqual([{ leadKey: k, status: 'conflict', holder: expect.objectContaining({ agentId: 'online-agent', releasedAt: h.now() }) }]);
  });

  t('reconcile answers per claim, in the order sent', async () => {
    const [mine, taken, old] = [lead(), lead(), lead()];
    await claim(taken, 'someone-else');
    const claims = [
      { leadKey: mine, campaignId: 'c1', since: h.now() - MIN, endsAt: h.now() + MIN },
      { leadKey: taken, campaignId: 'c1', since: h.now() - MIN, endsAt: h.now() + MIN },
      { leadKey: old, campaignId: 'c1', since: h.now() - 3 * MIN, endsAt: h.now() - 2 * MIN },
    ];
    const res = await h.request('POST', '/v1/claims/reconcile', { agentId: 'desk', claims });
    expect((res.json.results as { leadKey: string; status: string }[]).map((r) => [r.leadKey, r.status])).toEqual([[mine, 'confirmed'], [taken, 'conflict'], [old, 'expired']]);
  });

  t('the lead-key salt is stable per tenant, different between tenants, and stored sealed', async () => {
    const s1 = await h.request('GET', '/v1/claims/lead-key-salt');
    const s2 = await h.request('GET', '/v1/claims/lead-key-salt');
    expect(s1.status).toBe(200);
    expect(String(s1.json.salt).length).toBeGreaterThanOrEqual(32);
    expect(s2.json.salt).toBe(s1.json.salt);
    expect((await h.request('GET', '/v1/claims/lead-key-salt', undefined, { key: await h.newTenant() })).json.salt).not.toBe(s1.json.salt);
    const stored = await h.db.withTables<{ lead_key_salts: { tenant_id: string; salt_enc: string } }>().selectFrom('lead_key_salts').select('salt_enc').where('tenant_id', '=', h.key.tenantId).executeTakeFirstOrThrow();
    expect(stored.salt_enc).not.toContain(String(s1.json.salt));
  });

  t('unsigned requests are 401', async () => {
    const res = await h.app.inject({ method: 'POST', url: '/v1/claims', payload: { leadKey: lead(), agentId: 'a', campaignId: 'c', ttlSeconds: 60 } });
    expect(res.statusCode).toBe(401);
  });

  t('bad input is a 400 naming the field, and writes nothing', async () => {
    const count = async () => (await h.db.withTables<{ lead_claims: { tenant_id: string } }>().selectFrom('lead_claims').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    const before = Number(await count());
    const bad = async (url: string, body: unknown, field: string) => {
      const res = await h.request('POST', url, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.code).toBe('INVALID_REQUEST');
      expect(res.json.message).toContain(field);
    };
    // a raw phone number is not a lead key: the hub must never be sent one
    await bad('/v1/claims', { leadKey: '+8613800138000', agentId: 'a', campaignId: 'c', ttlSeconds: 60 }, '/leadKey');
    await bad('/v1/claims', { leadKey: lead(), agentId: '', campaignId: 'c', ttlSeconds: 60 }, '/agentId');
    await bad('/v1/claims', { leadKey: lead(), agentId: 'a', campaignId: 'c', ttlSeconds: 1 }, '/ttlSeconds');
    await bad('/v1/claims', { leadKey: lead(), agentId: 'a', campaignId: 'c', ttlSeconds: 60, phone: '13800138000' }, 'phone');
    await bad('/v1/claims/renew', { leadKey: lead(), agentId: 'a' }, '/ttlSeconds');
    await bad('/v1/claims/release', { leadKey: 'short', agentId: 'a' }, '/leadKey');
    await bad('/v1/claims/reconcile', { agentId: 'a', claims: [] }, '/claims');
    const k = lead();
    await bad('/v1/claims/reconcile', { agentId: 'a', claims: [{ leadKey: k, campaignId: 'c', since: 10, endsAt: 5 }] }, 'endsAt');
    await bad('/v1/claims/reconcile', { agentId: 'a', claims: [{ leadKey: k, campaignId: 'c', since: 1, endsAt: 5 }, { leadKey: k, campaignId: 'c', since: 1, endsAt: 5 }] }, 'each lead key at most once');
    expect((await h.request('GET', '/v1/claims')).status).toBe(400);
    expect(Number(await count())).toBe(before);
  });

  t('the OpenAPI document lists the claim routes', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    for (const path of ['/v1/claims', '/v1/claims/renew', '/v1/claims/release', '/v1/claims/reconcile', '/v1/claims/lead-key-salt']) expect(doc.paths, path).toHaveProperty([path]);
    expect(doc.paths['/v1/claims'].post.requestBody.content['application/json'].schema.properties).toHaveProperty('leadKey');
  });

  t('many simultaneous claims of the same leads: exactly one winner per lead', async () => {
    const leads = Array.from({ length: 20 }, () => lead());
    const agents = Array.from({ length: 8 }, (_, i) => `racer-${i}`);
    const results = await Promise.all(leads.flatMap((k) => agents.map(async (a) => ({ k, a, res: await claim(k, a) }))));
    for (const k of leads) {
      const mine = results.filter((r) => r.k === k);
      expect(mine.every((r) => r.res.status === 200)).toBe(true);
      const winners = mine.filter((r) => r.res.json.granted === true);
      expect(winners).toHaveLength(1);
      // every loser was told the winner
      for (const l of mine.filter((r) => r.res.json.granted === false)) expect((l.res.json.holder as { agentId: string }).agentId).toBe(winners[0]!.a);
    }
    // the same race on rows that exist but expired: decided under the row lock, not by the insert
    h.advance(601_000);
    const again = await Promise.all(leads.flatMap((k) => agents.map(async (a) => ({ k, res: await claim(k, `${a}-late`) }))));
    for (const k of leads) expect(again.filter((r) => r.k === k && r.res.json.granted === true)).toHaveLength(1);
  });
});
