import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, makePool, mobile, openHarness, skipDialect, stopPostgres, xNumber, type Harness } from './server-harness';

afterAll(() => stopPostgres());

describe.each(dialects)('bad input on %s', (dialect) => {
  let h: Harness;
  let poolId: string;
  beforeAll(async () => {
    if (skipDialect(dialect)) return;
    h = await openHarness(dialect, { bodyLimitBytes: 4096 });
    poolId = await makePool(h, [xNumber(1)]);
  });
  afterAll(async () => { await h?.close(); });
  const bind = (body: unknown) => h.request('POST', '/v1/bindings', body);

  it.skipIf(skipDialect(dialect))('malformed numbers get 400 naming the field', async () => {
    const res = await bind({ poolId, a: '12345', b: mobile(2), expiresInSeconds: 600 });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('INVALID_REQUEST');
    expect(res.json.message).toContain('/a');
    expect((await h.request('GET', '/v1/route?caller=abc&x=1')).status).toBe(400);
  });

  it.skipIf(skipDialect(dialect))('unknown pool is 404 POOL_NOT_FOUND', async () => {
    expect((await bind({ poolId: 'missing', a: mobile(1), b: mobile(2), expiresInSeconds: 600 })).json.code).toBe('POOL_NOT_FOUND');
  });

  it.skipIf(skipDialect(dialect))('an exhausted pool is a 409 with the headroom, and nothing is half-written', async () => {
    await bind({ poolId, a: mobile(1), b: mobile(2), expiresInSeconds: 600 });
    const before = await h.db.selectFrom('bindings').select('id').execute();
    const res = await bind({ poolId, a: mobile(1), b: mobile(3), expiresInSeconds: 600 });
    expect(res.status).toBe(409);
    expect(res.json).toMatchObject({ code: 'POOL_EXHAUSTED', details: { poolId, unlockedNumbers: 1, blockedForThisPair: 1, headroom: 0 } });
    expect(await h.db.selectFrom('bindings').select('id').execute()).toHaveLength(before.length);
  });

  it.skipIf(skipDialect(dialect))('oversized bodies are 413, wrong content types 415, broken JSON 400', async () => {
    const numbers = Array.from({ length: 200 }, (_, i) => ({ number: xNumber(100 + i), city: 'Beijing' }));
    expect((await h.request('POST', `/v1/pools/${poolId}/numbers`, { numbers })).json.code).toBe('PAYLOAD_TOO_LARGE');
    const text = await h.request('POST', '/v1/bindings', 'a=1', { headers: { 'content-type': 'text/plain' } });
    expect([text.status, text.json.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const broken = await h.request('POST', '/v1/bindings', '{"poolId":');
    expect([broken.status, broken.json.code]).toEqual([400, 'INVALID_REQUEST']);
    expect((await h.request('POST', '/v1/bindings', { poolId, a: mobile(1), b: mobile(2), expiresInSeconds: 600, extra: 1 })).status).toBe(400);
    expect((await h.request('POST', '/v1/bindings', { poolId, a: mobile(7), b: mobile(7), expiresInSeconds: 600 })).status).toBe(400);
  });

  it.skipIf(skipDialect(dialect))('adding numbers is all or nothing when one is taken', async () => {
    const other = await makePool(h, [xNumber(900)]);
    const res = await h.request('POST', `/v1/pools/${other}/numbers`, { numbers: [{ number: xNumber(901) }, { number: xNumber(1) }] });
    expect(res.json.code).toBe('NUMBER_TAKEN');
    expect((await h.request('GET', `/v1/numbers/${encodeURIComponent(xNumber(901))}`)).status).toBe(404);
  });
});
