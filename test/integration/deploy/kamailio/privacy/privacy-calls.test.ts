// End to end through Kamailio (deploy/kamailio/privacy): sipp phones on UDP, the binding server as
// a real process on SQLite. Asserts who received each INVITE and which number it showed.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedHeaders, webCryptoPrimitives } from '../../../../../common/binding/signing';
import { connect } from '../../../../../server/db/connect';
import { migrateToLatest } from '../../../../../server/db/migrate';
import { createTenantWithKey, type ApiKey } from '../../../../../server/security/keys';
import { createVault } from '../../../../../server/security/vault';
import type { Daemon } from '../../../../support/sip/daemon';
import { BINDING_PORT, ORIGINATOR_PORT, bindingClientPorts, call, phone, privacyLabSkipReason, startBindingServer, startPrivacyKamailio } from '../../../../support/sipp-privacy/lab';

const skipReason = privacyLabSkipReason();
if (skipReason) console.warn(skipReason);

const X = '+861062000001';
const A = '+8613800000001';
const B = '+8613800000002';
const A2 = '+8613800000003';
const B2 = '+8613800000004';
const STRANGER = '+8613800000009';

describe.skipIf(skipReason !== undefined)('privacy numbers through Kamailio', () => {
  let dir: string;
  let key: ApiKey;
  let server: Daemon | undefined;
  let kamailio: Daemon | undefined;
  let poolId: string;

  async function api(method: 'GET' | 'POST', path: string, body?: unknown) {
    const payload = body === undefined ? '' : JSON.stringify(body);
    const auth = await signedHeaders({ method, path, timestamp: Date.now(), nonce: randomUUID(), body: payload }, key, webCryptoPrimitives());
    const res = await fetch(`http://127.0.0.1:${BINDING_PORT}${path}`, {
      method, body: payload || undefined, headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...auth },
    });
    const json = (await res.json()) as Record<string, unknown>;
    if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
    return json;
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dd-privacy-lab-'));
    const masterKey = randomBytes(32);
    const file = join(dir, 'binding.db');
    const { kysely } = connect(file);
    await migrateToLatest(kysely);
    key = await createTenantWithKey(kysely, createVault(masterKey), 'default', Date.now());
    await kysely.destroy();
    const token = randomBytes(24).toString('base64url');
    server = await startBindingServer({ DATABASE_URL: file, DATA_DIR: dir, BINDING_MASTER_KEY: masterKey.toString('base64'), SWITCH_TOKEN: token });
    kamailio = await startPrivacyKamailio(token);
    const pool = await api('POST', '/v1/pools', { name: 'lab', cooldownSeconds: 0 });
    poolId = pool.id as string;
    await api('POST', `/v1/pools/${poolId}/numbers`, { numbers: [{ number: X }] });
    const binding = await api('POST', '/v1/bindings', { poolId, a: A, b: B, expiresInSeconds: 600 });
    expect(binding.x).toBe(X);
  }, 60_000);

  afterAll(async () => {
    if (process.env.LAB_DEBUG) console.log(kamailioLog(), server?.output()); // LAB_DEBUG=1 shows the SIP routing log
    await kamailio?.stop();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const kamailioLog = () => kamailio?.output() ?? '';

  it('direct dial: A calls X, B rings and sees X, never A', async () => {
    const b = await phone(B, 5072);
    try {
      const caller = await call(A, X, 5081);
      expect(caller.code, caller.output).toBe(0);
      expect((await b.done).code).toBe(0);
      const invite = b.receivedInvite();
      expect(invite?.requestUri).toContain(B);
      expect(invite?.fromUser).toBe(X);
      expect(invite?.assertedUser).toBe(X);
      expect(invite?.text).not.toContain(A);
    } finally {
      b.kill();
    }
  }, 60_000);

  it('return call: B calls X and reaches A, who sees X', async () => {
    const a = await phone(A, 5071);
    try {
      const caller = await call(B, X, 5082);
      expect(caller.code, caller.output).toBe(0);
      expect((await a.done).code).toBe(0);
      const invite = a.receivedInvite();
      expect(invite?.requestUri).toContain(A);
      expect(invite?.fromUser).toBe(X);
      expect(invite?.assertedUser).toBe(X);
      expect(invite?.text).not.toContain(B);
    } finally {
      a.kill();
    }
  }, 60_000);

  it('callback: the originator rings A and B showing X, and B calling X back reaches A', async () => {
    const cb = await api('POST', '/v1/callbacks', { poolId, a: A2, b: B2 });
    const legs = cb.legs as { to: string; from: string }[];
    expect(legs).toEqual([{ to: A2, from: cb.x }, { to: B2, from: cb.x }]);
    let port = 5073;
    for (const leg of legs) {
      const party = await phone(leg.to, port++);
      try {
        const placed = await call(leg.from, leg.to, ORIGINATOR_PORT);
        expect(placed.code, placed.output).toBe(0);
        expect((await party.done).code).toBe(0);
        const invite = party.receivedInvite();
        expect(invite?.requestUri).toContain(leg.to);
        expect(invite?.fromUser).toBe(cb.x);
        expect(invite?.assertedUser).toBe(cb.x);
      } finally {
        party.kill();
      }
    }
    const a2 = await phone(A2, 5076); // a fresh port: the leg's phone may still hold 5073
    try {
      const back = await call(B2, String(cb.x), 5083);
      expect(back.code, back.output).toBe(0);
      expect((await a2.done).code).toBe(0);
      const invite = a2.receivedInvite();
      expect(invite?.requestUri).toContain(A2);
      expect(invite?.fromUser).toBe(cb.x);
    } finally {
      a2.kill();
    }
  }, 60_000);

  it('refuses a caller without a binding on X, and a caller presenting X from outside', async () => {
    const b = await phone(B, 5072);
    try {
      const stranger = await call(STRANGER, X, 5084);
      expect(stranger.code).not.toBe(0);
      expect(kamailioLog()).toContain(`privacy lookup caller=${STRANGER} x=${X} -> 404`);
      // only the call center's originator may present X; anyone else is looked up as a caller
      const spoof = await call(X, B, 5085);
      expect(spoof.code).not.toBe(0);
      expect(kamailioLog()).toContain(`privacy lookup caller=${X} x=${B} -> 404`);
      expect(b.receivedInvite()).toBeNull();
    } finally {
      b.kill();
    }
  }, 60_000);

  // Every INVITE to X asks the binding server: a new TCP connection per lookup would add a handshake to each
  // call and leave a TIME_WAIT socket behind. Each SIP worker keeps one connection open (keep_connections on a
  // named httpcon) and reuses it.
  it('the lookups reuse the proxy workers\' connections to the binding server', async () => {
    const before = new Set(bindingClientPorts());
    const lookups = 6;
    for (let i = 0; i < lookups; i++) {
      const stranger = await call(STRANGER, X, 5101 + i); // (not 5090: the originator's port)
      expect(stranger.code).not.toBe(0); // no binding: 404, after one lookup each
    }
    expect(kamailioLog().split(`privacy lookup caller=${STRANGER} x=${X} -> 404`).length - 1).toBeGreaterThanOrEqual(lookups + 1);
    const opened = bindingClientPorts().filter((port) => !before.has(port));
    // at most one new connection per worker (children=2) that had not connected yet; never one per lookup
    expect(opened.length, `client ports opened for ${lookups} lookups: ${opened.join(', ')}`).toBeLessThanOrEqual(2);
  }, 60_000);
});
