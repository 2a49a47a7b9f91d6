import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalString, hexEquals, signRequest, webCryptoPrimitives } from '../../../../common/binding/signing';
import { nodeCrypto } from '../../../../server/security/node-crypto';

const web = webCryptoPrimitives();
const req = { method: 'post', path: '/v1/bindings?x=1', timestamp: 1_700_000_000_000, nonce: 'n-1', body: '{"a":"b"}' };

describe('request signing', () => {
  it('signs method, path, timestamp, nonce and the body hash', async () => {
    const bodyHash = createHash('sha256').update(req.body).digest('hex');
    expect(await canonicalString(req, web)).toBe(`POST\n/v1/bindings?x=1\n1700000000000\nn-1\n${bodyHash}`);
    const expected = createHmac('sha256', 'secret').update(await canonicalString(req, web)).digest('hex');
    expect(await signRequest(req, 'secret', web)).toBe(expected);
  });

  it('Web Crypto (client) and node:crypto (server) agree on any input', async () => {
    await fc.assert(fc.asyncProperty(fc.string(), fc.string({ minLength: 1 }), async (body, secret) => {
      const r = { ...req, body };
      expect(await signRequest(r, secret, web)).toBe(await signRequest(r, secret, nodeCrypto));
    }), { numRuns: 50 });
  });

  it('changing any signed field changes the signature', async () => {
    const sig = await signRequest(req, 's', web);
    for (const change of [{ method: 'GET' }, { path: '/v1/other' }, { timestamp: 1 }, { nonce: 'n-2' }, { body: '{}' }]) {
      expect(await signRequest({ ...req, ...change }, 's', web)).not.toBe(sig);
    }
  });

  it('hexEquals compares exactly', () => {
    expect(hexEquals('abcd', 'abcd')).toBe(true);
    expect(hexEquals('abcd', 'abce')).toBe(false);
    expect(hexEquals('abcd', 'abc')).toBe(false);
  });
});
