// Verifies the HMAC signature of every request (see common/binding/signing.ts), refuses stale
// timestamps and replayed nonces, and tells the route which tenant is asking.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { MAX_CLOCK_SKEW_MS, SIGNATURE_HEADERS as H, hexEquals, signRequest } from '../../common/binding/signing';
import { AppError } from '../app-error';
import type { Clock } from '../clock';
import type { ApiKey } from './keys';
import { nodeCrypto } from './node-crypto';
import type { RequestLog } from './request-log';

declare module 'fastify' {
  interface FastifyRequest {
    rawBody?: string;
    auth: { tenantId: string; keyId: string };
    auditTarget?: string;
  }
}

const unauthorized = (why: string) => new AppError(401, 'UNAUTHORIZED', why);

function header(req: FastifyRequest, name: string): string {
  const v = req.headers[name];
  if (typeof v !== 'string' || v.length === 0 || v.length > 256) throw unauthorized(`missing or bad ${name} header`);
  return v;
}

export interface AuthDeps {
  log: RequestLog;
  clock: Clock;
  findKey: (id: string, now: number) => Promise<ApiKey | null>;
}

export function registerAuth(app: FastifyInstance, deps: AuthDeps, isPublic: (url: string) => boolean): void {
  app.decorateRequest('auth', null as unknown as FastifyRequest['auth']);
  app.addHook('preValidation', async (req) => {
    if (isPublic(req.routeOptions.url ?? '')) return;
    const keyId = header(req, H.keyId);
    const timestamp = Number(header(req, H.timestamp));
    const nonce = header(req, H.nonce);
    const signature = header(req, H.signature);
    const now = deps.clock();
    if (!Number.isSafeInteger(timestamp) || Math.abs(now - timestamp) > MAX_CLOCK_SKEW_MS) {
      throw unauthorized('timestamp missing or more than 5 minutes from server time');
    }
    const key = await deps.findKey(keyId, now);
    if (!key) throw unauthorized('unknown key id');
    const expected = await signRequest({ method: req.method, path: req.url, timestamp, nonce, body: req.rawBody ?? '' }, key.secret, nodeCrypto);
    if (!hexEquals(expected, signature.toLowerCase())) throw unauthorized('bad signature');
    // The nonce table is shared by all instances, so a replay to a different instance fails too.
    if (!(await deps.log.claimNonce(keyId, nonce, now))) throw unauthorized('nonce already used');
    req.auth = { tenantId: key.tenantId, keyId };
  });
}
