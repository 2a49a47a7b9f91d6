import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signedHeaders, webCryptoPrimitives } from '../../../../common/binding/signing';
import { dialects, makePool, mobile, openHarness, skipDialect, stopPostgres, xNumber, type Harness } from '../server-harness';

afterAll(() => stopPostgres());

describe.each(dialects)('security on %s', (dialect) => {
  let h: Harness;
  beforeAll(async () => { if (!skipDialect(dialect)) h = await openHarness(dialect, { rateLimitPerMinute: 30 }); });
  afterAll(async () => { await h?.close(); });
  const send = async (headers: Record<string, string>, url = '/v1/pools/nope') =>
    h.app.inject({ method: 'GET', url, headers });
  const sign = (over: Partial<{ timestamp: number; nonce: string; path: string; secret: string }> = {}) =>
    signedHeaders({ method: 'GET', path: over.path ?? '/v1/pools/nope', timestamp: over.timestamp ?? h.now(), nonce: over.nonce ?? randomUUID(), body: '' }, { id: h.key.id, secret: over.secret ?? h.key.secret }, webCryptoPrimitives());

  it.skipIf(skipDialect(dialect))('refuses unsigned, wrongly signed, stale and replayed requests with 401', async () => {
    expect((await send({})).statusCode).toBe(401);
    expect((await send(await sign({ secret: 'not-the-secret' }))).json().message).toBe('bad signature');
    // signed for another path: the signature covers the path
    expect((await send(await sign({ path: '/v1/pools/other' }))).statusCode).toBe(401);
    expect((await send(await sign({ timestamp: h.now() - 5 * 60_000 - 1 }))).json().code).toBe('UNAUTHORIZED');
    const ok = await sign();
    expect((await send(ok)).statusCode).toBe(404); // authenticated; the pool just does not exist
    expect((await send(ok)).json().message).toBe('nonce already used');
  });

  it.skipIf(skipDialect(dialect))('a replay to a second instance on the same database is refused too', async () => {
    const headers = await sign();
    expect((await send(headers)).statusCode).toBe(404);
    await h.reopen();
    expect((await send(headers)).statusCode).toBe(401);
  });

  it.skipIf(skipDialect(dialect))('tenants see nothing of each other', async () => {
    const poolId = await makePool(h, [xNumber(1)]);
    const b = await h.request('POST', '/v1/bindings', { poolId, a: mobile(1), b: mobile(2), expiresInSeconds: 600 });
    const other = await h.newTenant();
    expect((await h.request('GET', `/v1/pools/${poolId}`, undefined, { key: other })).json.code).toBe('POOL_NOT_FOUND');
    expect((await h.request('GET', `/v1/bindings/${b.json.id}`, undefined, { key: other })).status).toBe(404);
    expect((await h.request('GET', `/v1/route?caller=${encodeURIComponent(mobile(1))}&x=${encodeURIComponent(xNumber(1))}`, undefined, { key: other })).status).toBe(404);
    expect((await h.request('POST', `/v1/numbers/${encodeURIComponent(xNumber(1))}/lock`, { reason: 'x' }, { key: other })).status).toBe(404);
  });

  it.skipIf(skipDialect(dialect))('stores real numbers only encrypted or blind-indexed, and audits every call', async () => {
    const poolId = await makePool(h, [xNumber(5)]);
    const b = await h.request('POST', '/v1/bindings', { poolId, a: mobile(55), b: mobile(56), expiresInSeconds: 600 });
    const rows = await h.db.selectFrom('bindings').selectAll().where('id', '=', String(b.json.id)).execute();
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain('13800000055');
    expect(stored).not.toContain('13800000056');
    // the audit row is written after the reply has gone out
    await vi.waitFor(async () => {
      const audit = await h.db.selectFrom('audit_log').selectAll().where('target', '=', String(b.json.id)).execute();
      expect(audit).toEqual([expect.objectContaining({ key_id: h.key.id, action: 'POST /v1/bindings 201' })]);
    });
  });

  it.skipIf(skipDialect(dialect))('rate-limits per key with 429, leaving other keys alone', async () => {
    const noisy = await h.newTenant();
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) statuses.push((await h.request('GET', '/v1/pools/none', undefined, { key: noisy })).status);
    expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect((await h.request('GET', '/v1/pools/none')).status).toBe(404);
  });

  it.skipIf(skipDialect(dialect))('serves its OpenAPI document without a signature', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/bindings', '/v1/route', '/v1/callbacks', '/v1/calls/events']));
  });
});
