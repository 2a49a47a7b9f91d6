// Nonces and audit rows are committed in batches on SQLite; replays must still be refused,
// including two copies of one request that arrive in the same batch.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedHeaders, webCryptoPrimitives } from '../../../../common/binding/signing';
import { dialects, openHarness, skipDialect, stopPostgres, type Harness } from '../server-harness';

afterAll(() => stopPostgres());

describe.each(dialects)('request log on %s', (dialect) => {
  let h: Harness;
  beforeAll(async () => { if (!skipDialect(dialect)) h = await openHarness(dialect); });
  afterAll(async () => { await h?.close(); });
  const signed = () => signedHeaders({ method: 'GET', path: '/v1/pools/nope', timestamp: h.now(), nonce: randomUUID(), body: '' }, h.key, webCryptoPrimitives());
  const send = (headers: Record<string, string>) => h.app.inject({ method: 'GET', url: '/v1/pools/nope', headers });

  it.skipIf(skipDialect(dialect))('lets exactly one of two simultaneous copies of a request through', async () => {
    const headers = await signed();
    const codes = (await Promise.all([send(headers), send(headers), send(headers)])).map((r) => r.statusCode).sort();
    expect(codes).toEqual([401, 401, 404]); // 404: authenticated, the pool just does not exist
  });

  it.skipIf(skipDialect(dialect))('writes one nonce and one audit row per request of a concurrent burst', async () => {
    const key = await h.newTenant(); // its own key, so earlier requests' rows do not count
    const burst = await Promise.all(Array.from({ length: 20 }, async () =>
      send(await signedHeaders({ method: 'GET', path: '/v1/pools/nope', timestamp: h.now(), nonce: randomUUID(), body: '' }, key, webCryptoPrimitives()))));
    expect(burst.map((r) => r.statusCode)).toEqual(Array(20).fill(404));
    const count = async (table: 'audit_log' | 'nonces') =>
      Number((await h.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('key_id', '=', key.id).executeTakeFirstOrThrow()).n);
    expect(await count('nonces')).toBe(20);
    await expect.poll(() => count('audit_log')).toBe(20);
  });

  it.skipIf(skipDialect(dialect))('refuses a replay after the server restarts (the nonce was answered, so it was stored)', async () => {
    const headers = await signed();
    expect((await send(headers)).statusCode).toBe(404);
    await h.reopen();
    const replay = await send(headers);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().message).toMatch(/nonce already used/);
    expect((await send(await signed())).statusCode).toBe(404); // fresh nonces still pass
  });
});
