// The shortcuts taken for speed must answer exactly as the plain paths do: a route lookup that skips
// parsing an E.164 caller, and the prepared SQLite bind inside the group commit (checked against
// PostgreSQL, which runs the portable Kysely version, by the same assertions).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, makePool, mobile, openHarness, skipDialect, stopPostgres, xNumber, type Harness } from './server-harness';

afterAll(() => stopPostgres());

describe.each(dialects)('fast paths on %s', (dialect) => {
  let h: Harness;
  beforeAll(async () => { if (!skipDialect(dialect)) h = await openHarness(dialect); });
  afterAll(async () => { await h?.close(); });
  const route = (caller: string, x: string) => h.request('GET', `/v1/route?caller=${encodeURIComponent(caller)}&x=${encodeURIComponent(x)}`);

  it.skipIf(skipDialect(dialect))('a caller in any spelling reaches the same binding; a bad number is a 400, an unknown one a 404', async () => {
    const poolId = await makePool(h, [xNumber(300)]);
    const made = await h.request('POST', '/v1/bindings', { poolId, a: mobile(300), b: mobile(301), expiresInSeconds: 600 });
    expect(made.status).toBe(201);
    const national = mobile(300).replace('+86', '').replace(/^(\d{3})(\d{4})(\d{4})$/, '$1 $2 $3'); // "138 0000 0300"
    for (const caller of [mobile(300), national, `0086${mobile(300).slice(3)}`]) {
      expect((await route(caller, xNumber(300))).json).toMatchObject({ bindingId: made.json.id, callee: mobile(301), display: xNumber(300) });
    }
    const bad = await route('+8612345', xNumber(300)); // E.164-shaped, but no valid number
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ code: 'INVALID_REQUEST' });
    expect(String(bad.json.message)).toContain('/caller');
    expect((await route(mobile(399), xNumber(300))).status).toBe(404);
  });

  it.skipIf(skipDialect(dialect))('bind: get-or-create, idempotency mismatch, unknown pool, exhausted pool, expired party freed', async () => {
    const poolId = await makePool(h, [xNumber(310)]);
    const body = { poolId, a: mobile(310), b: mobile(311), expiresInSeconds: 60 };
    const first = await h.request('POST', '/v1/bindings', body, { headers: { 'idempotency-key': 'k-310' } });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ a: mobile(310), b: mobile(311), x: xNumber(310), status: 'live' });
    // the same pair again: the live binding comes back, decrypted from the row this time
    const again = await h.request('POST', '/v1/bindings', body);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
    const other = await h.request('POST', '/v1/bindings', { ...body, b: mobile(312) }, { headers: { 'idempotency-key': 'k-310' } });
    expect(other.status).toBe(409);
    expect(other.json.code).toBe('IDEMPOTENCY_MISMATCH');
    expect((await h.request('POST', '/v1/bindings', { ...body, poolId: 'nope' })).json.code).toBe('POOL_NOT_FOUND');
    // 310 already sits on the only X: a new partner cannot get it
    const full = await h.request('POST', '/v1/bindings', { ...body, b: mobile(313) });
    expect(full.status).toBe(409);
    expect(full.json).toMatchObject({ code: 'POOL_EXHAUSTED', details: { unlockedNumbers: 1, blockedForThisPair: 1 } });
    // once the first binding has expired (not yet swept), the same bind frees 310's slot and succeeds
    h.advance(61_000);
    const later = await h.request('POST', '/v1/bindings', { ...body, b: mobile(313) });
    expect(later.status).toBe(201);
    expect(later.json.x).toBe(xNumber(310));
    const old = await h.db.selectFrom('bindings').select(['status', 'end_reason']).where('id', '=', first.json.id as string).executeTakeFirstOrThrow();
    expect(old).toEqual({ status: 'ended', end_reason: 'expired' });
    const events = await h.db.selectFrom('outbox').select('type').where('payload', 'like', `%${first.json.id}%`).execute();
    expect(events.map((e) => e.type).sort()).toEqual(['binding.created', 'binding.ended']);
  });
});
