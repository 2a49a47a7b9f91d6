import { describe, expect, it } from 'vitest';
import { checkBindingServer } from '../../../../../main/node/binding/check-binding-server';
import type { SecretStore } from '../../../../../main/node/secrets/secret-store';

const settings = { url: 'https://bind.example.com', keyId: 'desk-7', poolId: 'pool-a', agentNumber: '', expiresInSeconds: 600, releaseAfterCallSeconds: 30 };
const secrets = { get: () => 'secret' } as unknown as SecretStore;
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A server that answers its health check with `health` and every signed request with `answer`. */
const server = (health: number, answer: () => Response): typeof fetch =>
  (async (url: string | URL | Request) => (String(url).endsWith('/health') ? new Response('', { status: health }) : answer())) as typeof fetch;

describe('checkBindingServer', () => {
  it.each([
    ['no answer at all', (async () => { throw new TypeError('fetch failed: ECONNREFUSED 10.0.0.1:443'); }) as typeof fetch, { reachable: false, problem: { code: 'unreachable' } }],
    ['a failing health check', server(503, () => json(200, {})), { reachable: false, problem: { code: 'healthFailed' } }],
    ['a refused signature', server(200, () => json(401, { code: 'UNAUTHORIZED', message: 'bad signature' })), { reachable: true, signatureAccepted: false, problem: { code: 'signatureRefused' } }],
    ['an unknown pool', server(200, () => json(404, { code: 'POOL_NOT_FOUND', message: 'no pool pool-a' })), { reachable: true, signatureAccepted: true, problem: { code: 'poolUnknown' } }],
    ['another HTTP error', server(200, () => json(500, { code: 'INTERNAL', message: 'boom' })), { reachable: true, signatureAccepted: false, problem: { code: 'serverError', status: 500 } }],
    ['an answer that is no pool', server(200, () => json(200, null)), { reachable: true, signatureAccepted: false, problem: { code: 'badAnswer' } }],
  ])('says %s as a code, the English detail only in the log', async (_name, fetchImpl, expected) => {
    const logged: string[] = [];
    const result = await checkBindingServer(settings, secrets, fetchImpl, (d) => logged.push(d));
    expect(result).toMatchObject(expected);
    expect(JSON.stringify(result)).not.toMatch(/ECONNREFUSED|bad signature|boom|no pool/);
    expect(logged.length).toBe(1);
  });

  it('passes with the pool’s numbers', async () => {
    const result = await checkBindingServer(settings, secrets, server(200, () => json(200, { size: 10, locked: 1, liveBindings: 2 })));
    expect(result).toEqual({ reachable: true, signatureAccepted: true, pool: { size: 10, locked: 1, liveBindings: 2 } });
  });

  it('refuses to run without an address or a key, with the reason the page says', async () => {
    await expect(checkBindingServer({ ...settings, url: '' }, secrets)).rejects.toMatchObject({ code: 'INVALID_INPUT', reason: { key: 'binding.noUrl' } });
    await expect(checkBindingServer(settings, { get: () => undefined } as unknown as SecretStore)).rejects.toMatchObject({ code: 'NOT_FOUND', reason: { key: 'binding.noKey' } });
  });
});
