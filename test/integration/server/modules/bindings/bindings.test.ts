import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, makePool, mobile, openHarness, skipDialect, stopPostgres, xNumber, type Harness } from '../../server-harness';

afterAll(() => stopPostgres());

describe.each(dialects)('bindings on %s', (dialect) => {
  let h: Harness;
  beforeAll(async () => { if (!skipDialect(dialect)) h = await openHarness(dialect); });
  afterAll(async () => { await h?.close(); });
  const bind = (body: Record<string, unknown>, headers?: Record<string, string>) => h.request('POST', '/v1/bindings', { expiresInSeconds: 3600, ...body }, { headers });
  const route = (caller: string, x: string) => h.request('GET', `/v1/route?caller=${encodeURIComponent(caller)}&x=${encodeURIComponent(x)}`);

  it.skipIf(skipDialect(dialect))('AXB routes both ways and shows X; disjoint pairs share one X', async () => {
    const poolId = await makePool(h, [xNumber(1), xNumber(2)]);
    const ab = await bind({ poolId, a: '138 0000 0001', b: mobile(2) });
    expect(ab.status).toBe(201);
    expect(ab.json).toMatchObject({ a: mobile(1), b: mobile(2), x: xNumber(1), mode: 'axb', status: 'live' });
    expect((await route(mobile(1), xNumber(1))).json).toMatchObject({ callee: mobile(2), display: xNumber(1), bindingId: ab.json.id });
    expect((await route(mobile(2), xNumber(1))).json).toMatchObject({ callee: mobile(1), display: xNumber(1) });
    // C and D collide with nobody on X1, so they get it too: the pool stays small
    const cd = await bind({ poolId, a: mobile(3), b: mobile(4) });
    expect(cd.json.x).toBe(xNumber(1));
    // A with a new partner must not reuse X1 (A would be ambiguous there)
    const ae = await bind({ poolId, a: mobile(1), b: mobile(5) });
    expect(ae.json.x).toBe(xNumber(2));
    expect((await route(mobile(5), xNumber(1))).status).toBe(404);
  });

  it.skipIf(skipDialect(dialect))('a pinned X that would break the collision rule is refused with 409', async () => {
    const poolId = await makePool(h, [xNumber(10), xNumber(11)]);
    await bind({ poolId, a: mobile(10), b: mobile(11), x: xNumber(10) });
    const clash = await bind({ poolId, a: mobile(12), b: mobile(11), x: xNumber(10) });
    expect(clash.status).toBe(409);
    expect(clash.json.code).toBe('X_COLLISION');
    const other = await bind({ poolId, a: mobile(12), b: mobile(11), x: xNumber(11) });
    expect(other.status).toBe(201);
  });

  it.skipIf(skipDialect(dialect))('reverse binding: only B → X reaches A, so A keeps one X for many Bs', async () => {
    const poolId = await makePool(h, [xNumber(20), xNumber(21)]);
    const agent = mobile(20);
    const r1 = await bind({ poolId, a: agent, b: mobile(21), mode: 'reverse' });
    const r2 = await bind({ poolId, a: agent, b: mobile(22), mode: 'reverse' });
    expect([r1.json.x, r2.json.x]).toEqual([xNumber(20), xNumber(20)]);
    expect((await route(mobile(22), xNumber(20))).json.callee).toBe(agent);
    expect((await route(agent, xNumber(20))).status).toBe(404);
  });

  it.skipIf(skipDialect(dialect))('get-or-create: the same pair gets the same binding; an Idempotency-Key replays', async () => {
    const poolId = await makePool(h, [xNumber(30), xNumber(31)]);
    const first = await bind({ poolId, a: mobile(30), b: mobile(31) }, { 'idempotency-key': 'order-30' });
    const again = await bind({ poolId, a: mobile(30), b: mobile(31) }, { 'idempotency-key': 'order-30' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.json.id).toBe(first.json.id);
    const misuse = await bind({ poolId, a: mobile(30), b: mobile(39) }, { 'idempotency-key': 'order-30' });
    expect(misuse.json.code).toBe('IDEMPOTENCY_MISMATCH');
  });

  it.skipIf(skipDialect(dialect))('prefers the X the pair had last time, then B\'s area', async () => {
    const poolId = await makePool(h, [xNumber(40), xNumber(41), '+862160000042'], { areaCodes: ['10', '10', '21'] });
    const local = await bind({ poolId, a: mobile(40), b: mobile(41), areaCode: '21' });
    expect(local.json.x).toBe('+862160000042');
    const pinned = await bind({ poolId, a: mobile(42), b: mobile(43), x: xNumber(41) });
    await h.request('DELETE', `/v1/bindings/${pinned.json.id}`);
    const back = await bind({ poolId, a: mobile(42), b: mobile(43) });
    expect(back.json.x).toBe(xNumber(41));
  });

  it.skipIf(skipDialect(dialect))('update extends, changes B (re-checking the collision rule) and unbind frees X', async () => {
    const poolId = await makePool(h, [xNumber(50)]);
    const b = await bind({ poolId, a: mobile(50), b: mobile(51), expiresInSeconds: 600 });
    await bind({ poolId, a: mobile(53), b: mobile(54) });
    const extended = await h.request('PATCH', `/v1/bindings/${b.json.id}`, { expiresInSeconds: 7200, b: mobile(52) });
    expect(extended.json).toMatchObject({ b: mobile(52), expiresAt: h.now() + 7_200_000 });
    expect((await route(mobile(52), xNumber(50))).json.callee).toBe(mobile(50));
    expect((await route(mobile(51), xNumber(50))).status).toBe(404);
    const clash = await h.request('PATCH', `/v1/bindings/${b.json.id}`, { b: mobile(53) });
    expect(clash.json.code).toBe('X_COLLISION');
    expect((await h.request('DELETE', `/v1/bindings/${b.json.id}`)).json.status).toBe('ended');
    expect((await route(mobile(52), xNumber(50))).status).toBe(404);
    expect((await bind({ poolId, a: mobile(50), b: mobile(55) })).json.x).toBe(xNumber(50));
  });

  it.skipIf(skipDialect(dialect))('expires at the absolute time and N s after the last call, surviving a restart', async () => {
    const poolId = await makePool(h, [xNumber(60)]);
    const abs = await bind({ poolId, a: mobile(60), b: mobile(61), expiresInSeconds: 120 });
    const idle = await bind({ poolId, a: mobile(62), b: mobile(63), releaseAfterCallSeconds: 30 });
    const event = (event: string, callId: string) => h.request('POST', '/v1/calls/events', { callId, bindingId: idle.json.id, event });
    await event('started', 'c1');
    await h.reopen(); // no timer lives in memory: the deadline is recomputed from stored times
    h.advance(100_000);
    expect((await route(mobile(62), xNumber(60))).status).toBe(200); // call still up: no idle release
    await event('ended', 'c1');
    h.advance(25_000);
    expect((await route(mobile(60), xNumber(60))).status).toBe(404); // absolute deadline passed
    expect((await route(mobile(62), xNumber(60))).status).toBe(200);
    h.advance(6_000);
    expect((await route(mobile(62), xNumber(60))).status).toBe(404);
    const { runOnce } = await import('../../../../../server/jobs/background');
    await runOnce(h.db, h.vault, h.now());
    for (const id of [abs.json.id, idle.json.id]) expect((await h.request('GET', `/v1/bindings/${id}`)).json.status).toBe('ended');
  });

  it.skipIf(skipDialect(dialect))('a released X cools down before it serves the same number with a new partner', async () => {
    const poolId = await makePool(h, [xNumber(70), xNumber(71)], { cooldownSeconds: 600 });
    const first = await bind({ poolId, a: mobile(70), b: mobile(71) });
    await h.request('DELETE', `/v1/bindings/${first.json.id}`);
    expect((await bind({ poolId, a: mobile(70), b: mobile(72) })).json.x).toBe(xNumber(71));
    expect((await bind({ poolId, a: mobile(73), b: mobile(71) })).json.x).toBe(xNumber(71));
    h.advance(601_000);
    expect((await bind({ poolId, a: mobile(70), b: mobile(74) })).json.x).toBe(xNumber(70));
  });
});
