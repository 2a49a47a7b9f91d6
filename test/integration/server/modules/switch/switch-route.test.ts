// GET /v1/switch/route: the SIP proxy's lookup, guarded by a per-tenant token and loopback only.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppOptions } from '../../../../../server/build-app';
import { dialects, makePool, mobile, openHarness, skipDialect, stopPostgres, xNumber, type Harness } from '../../server-harness';

afterAll(() => stopPostgres());

describe.each(dialects)('switch route lookup on %s', (dialect) => {
  const token = randomBytes(32).toString('base64url');
  const opts: AppOptions = {};
  let h: Harness;
  beforeAll(async () => {
    if (skipDialect(dialect)) return;
    h = await openHarness(dialect, opts);
    opts.switchAccess = { token, tenantId: h.key.tenantId };
    await h.reopen();
  });
  afterAll(async () => { await h?.close(); });

  const lookup = (caller: string, x: string, headers: Record<string, string> = { authorization: `Bearer ${token}` }, remoteAddress = '127.0.0.1') =>
    h.app.inject({ method: 'GET', url: `/v1/switch/route?caller=${encodeURIComponent(caller)}&x=${encodeURIComponent(x)}`, headers, remoteAddress });

  it.skipIf(skipDialect(dialect))('answers (caller, X) with the other party and X as the display number, and audits it', async () => {
    const poolId = await makePool(h, [xNumber(1)]);
    const b = await h.request('POST', '/v1/bindings', { poolId, a: mobile(1), b: mobile(2), expiresInSeconds: 600 });
    const res = await lookup(mobile(2), xNumber(1));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ bindingId: b.json.id, callee: mobile(1), display: xNumber(1), record: false });
    await expect.poll(async () => h.db.selectFrom('audit_log').select(['key_id', 'action']).where('target', '=', String(b.json.id)).where('key_id', '=', 'switch').execute())
      .toEqual([{ key_id: 'switch', action: 'GET /v1/switch/route 200' }]);
  });

  it.skipIf(skipDialect(dialect))('takes the token as HTTP Basic with user "switch" too (Kamailio keeps a named httpcon open, and those carry credentials, not headers)', async () => {
    const poolId = await makePool(h, [xNumber(3)]);
    expect((await h.request('POST', '/v1/bindings', { poolId, a: mobile(5), b: mobile(6), expiresInSeconds: 600 })).status).toBe(201);
    const basic = (user: string, password: string) => ({ authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` });
    const res = await lookup(mobile(6), xNumber(3), basic('switch', token));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ callee: mobile(5), display: xNumber(3) });
    expect((await lookup(mobile(6), xNumber(3), basic('switch', `${token}x`))).statusCode).toBe(401);
    expect((await lookup(mobile(6), xNumber(3), basic('admin', token))).statusCode).toBe(401);
    expect((await lookup(mobile(6), xNumber(3), { authorization: `Basic ${token}` })).statusCode).toBe(401);
  });

  it.skipIf(skipDialect(dialect))('refuses a missing or wrong token, and any caller that is not on loopback', async () => {
    expect((await lookup(mobile(2), xNumber(1), {})).statusCode).toBe(401);
    expect((await lookup(mobile(2), xNumber(1), { authorization: `Bearer ${token}x` })).statusCode).toBe(401);
    expect((await lookup(mobile(2), xNumber(1), undefined, '192.0.2.7')).statusCode).toBe(403);
  });

  it.skipIf(skipDialect(dialect))("never answers from another tenant's bindings", async () => {
    const other = await h.newTenant();
    const poolId = await makePool(h, [xNumber(2)], { key: other });
    expect((await h.request('POST', '/v1/bindings', { poolId, a: mobile(3), b: mobile(4), expiresInSeconds: 600 }, { key: other })).status).toBe(201);
    expect((await lookup(mobile(3), xNumber(2))).statusCode).toBe(404);
  });

  it.skipIf(skipDialect(dialect))('rejects bad numbers with 400, and the token opens nothing when the route is not configured', async () => {
    expect((await lookup('not-a-number', xNumber(1))).statusCode).toBe(400);
    opts.switchAccess = undefined;
    await h.reopen();
    // without the route, the path is just another signed API path: the token alone opens nothing
    expect((await lookup(mobile(2), xNumber(1))).statusCode).toBe(401);
  });
});
