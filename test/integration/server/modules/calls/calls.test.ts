import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backoffMs, dispatchDue, eventSignature } from '../../../../../server/modules/events/dispatcher';
import { dialects, makePool, mobile, openHarness, skipDialect, stopPostgres, xNumber, type Harness } from '../../server-harness';

afterAll(() => stopPostgres());

interface Received { headers: Record<string, string | string[] | undefined>; body: string }

/** A real subscriber on loopback that fails its first `failures` deliveries with 503. */
async function subscriber(failures: number) {
  const received: Received[] = [];
  let left = failures;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (left-- > 0) return res.writeHead(503).end();
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received, close: () => new Promise((r) => server.close(r)) };
}

describe.each(dialects)('call-center side on %s', (dialect) => {
  let h: Harness;
  beforeAll(async () => { if (!skipDialect(dialect)) h = await openHarness(dialect); });
  afterAll(async () => { await h?.close(); });

  it.skipIf(skipDialect(dialect))('callback picks X, returns two legs showing X, and B\'s return call reaches A', async () => {
    const poolId = await makePool(h, [xNumber(1)]);
    const cb = await h.request('POST', '/v1/callbacks', { poolId, a: mobile(1), b: mobile(2) });
    expect(cb.status).toBe(201);
    expect(cb.json).toMatchObject({ x: xNumber(1), legs: [{ to: mobile(1), from: xNumber(1) }, { to: mobile(2), from: xNumber(1) }] });
    const back = await h.request('GET', `/v1/route?caller=${encodeURIComponent(mobile(2))}&x=${encodeURIComponent(xNumber(1))}`);
    expect(back.json).toMatchObject({ callee: mobile(1), display: xNumber(1), bindingId: cb.json.bindingId });
  });

  it.skipIf(skipDialect(dialect))('call events write a CDR, count calls on X, and ignore duplicates', async () => {
    const poolId = await makePool(h, [xNumber(10)]);
    const b = await h.request('POST', '/v1/bindings', { poolId, a: mobile(10), b: mobile(11), expiresInSeconds: 600, record: true });
    const post = (event: string, at: number) => h.request('POST', '/v1/calls/events', { callId: 'call-10', bindingId: b.json.id, event, at });
    const t = h.now();
    await post('started', t);
    await post('started', t); // retried by the switch
    await post('ringing', t + 1000);
    await post('answered', t + 3000);
    await post('ended', t + 63_000);
    await post('ended', t + 99_000);
    const cdr = await h.db.selectFrom('cdrs').selectAll().where('call_id', '=', 'call-10').executeTakeFirstOrThrow();
    expect(cdr).toMatchObject({ started_at: t, ringing_at: t + 1000, answered_at: t + 3000, ended_at: t + 63_000, talk_seconds: 60 });
    expect((await h.request('GET', `/v1/numbers/${encodeURIComponent(xNumber(10))}`)).json).toMatchObject({ calls: 1, complaints: 0 });
    expect((await h.request('POST', '/v1/calls/events', { callId: 'c', bindingId: 'nope', event: 'started' })).status).toBe(404);
  });

  it.skipIf(skipDialect(dialect))('events are pushed signed, retried with backoff until the subscriber accepts', async () => {
    const sub = await subscriber(2);
    try {
      const secret = 'subscriber-secret-0123456789';
      await dispatchDue(h.db, h.vault, h.now()); // earlier tests' events had no subscriber
      expect((await h.request('PUT', '/v1/subscription', { url: sub.url, secret })).status).toBe(200);
      const poolId = await makePool(h, [xNumber(20)]);
      const b = await h.request('POST', '/v1/bindings', { poolId, a: mobile(20), b: mobile(21), expiresInSeconds: 600 });
      const created = () => h.db.selectFrom('outbox').selectAll().where('type', '=', 'binding.created').where('payload', 'like', `%${b.json.id}%`).executeTakeFirstOrThrow();
      await dispatchDue(h.db, h.vault, h.now());
      expect((await created()).attempts).toBe(1);
      await dispatchDue(h.db, h.vault, h.now()); // not due yet: backoff holds it back
      expect((await created()).attempts).toBe(1);
      h.advance(backoffMs(1));
      await dispatchDue(h.db, h.vault, h.now());
      h.advance(backoffMs(2));
      await dispatchDue(h.db, h.vault, h.now());
      expect(await created()).toMatchObject({ attempts: 3, last_error: null, delivered_at: h.now() });
      const got = sub.received.find((r) => r.body.includes(String(b.json.id)))!;
      expect(JSON.parse(got.body)).toMatchObject({ type: 'binding.created', data: { bindingId: b.json.id, x: xNumber(20) } });
      expect(got.headers['x-dd-signature']).toBe(eventSignature(secret, Number(got.headers['x-dd-timestamp']), got.body));
    } finally {
      await sub.close();
    }
  });

  it.skipIf(skipDialect(dialect))('locking takes X out of allocation; complaints are counted', async () => {
    const poolId = await makePool(h, [xNumber(30), xNumber(31)]);
    const x = encodeURIComponent(xNumber(30));
    expect((await h.request('POST', `/v1/numbers/${x}/lock`, { reason: 'marked as spam' })).json).toMatchObject({ locked: true, lockReason: 'marked as spam' });
    expect((await h.request('POST', '/v1/bindings', { poolId, a: mobile(30), b: mobile(31), expiresInSeconds: 600 })).json.x).toBe(xNumber(31));
    await h.request('POST', `/v1/numbers/${x}/complaints`);
    expect((await h.request('POST', `/v1/numbers/${x}/unlock`)).json).toMatchObject({ locked: false, complaints: 1 });
    expect((await h.request('DELETE', `/v1/pools/${poolId}/numbers/${encodeURIComponent(xNumber(31))}`)).json.code).toBe('NUMBER_IN_USE');
    expect((await h.request('DELETE', `/v1/pools/${poolId}/numbers/${x}`)).json.size).toBe(1);
  });
});
