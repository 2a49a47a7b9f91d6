// Route lookup for a SIP proxy (deploy/kamailio/privacy). Kamailio's http_client sends a fixed
// header but cannot compute our per-request HMAC with a fresh nonce, so this endpoint is guarded
// instead by a long shared token that belongs to exactly one tenant (tenant isolation: the token
// picks the tenant, never the request) and by refusing callers that are not on loopback, so the
// token never crosses a network in clear. Everything else behaves like GET /v1/route.
// The token comes as `Authorization: Bearer <token>` or as HTTP Basic with user `switch`: Kamailio
// keeps its connection open (keep_connections) only for a named httpcon, and a named httpcon can
// carry credentials but no header of its own.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ApiError, Route } from '../../../common/binding/binding-api';
import type { Deps, ZodApp } from '../../deps';
import { AppError, notFound } from '../../app-error';
import { routeFinder } from '../calls/find-route';
import { lookupRawCaller, RouteQueryRawCaller } from '../calls/route-query';

export const SWITCH_ROUTE_PATH = '/v1/switch/route';
/** the user name of the switch's HTTP Basic credentials (the password is the token) */
export const SWITCH_USER = 'switch';

export interface SwitchAccess {
  /** at least 32 characters; sent by the proxy as `Authorization: Bearer <token>` or Basic `switch:<token>` */
  token: string;
  tenantId: string;
}

const digest = (s: string) => createHash('sha256').update(s).digest();
const isLoopback = (ip: string) => ip === '::1' || ip.startsWith('127.') || ip.startsWith('::ffff:127.');

export function switchRoutes(app: ZodApp, deps: Deps, access: SwitchAccess): void {
  if (access.token.length < 32) throw new Error('the switch token must be at least 32 characters');
  const accepted = [digest(`Bearer ${access.token}`), digest(`Basic ${Buffer.from(`${SWITCH_USER}:${access.token}`).toString('base64')}`)];
  const findRoute = routeFinder(deps.db, deps.sqlite);

  const authorize = async (req: FastifyRequest) => {
    if (!isLoopback(req.socket.remoteAddress ?? '')) throw new AppError(403, 'UNAUTHORIZED', 'the switch endpoint only answers on loopback');
    // compare digests: equal length, so timingSafeEqual leaks nothing about the token
    const given = digest(String(req.headers.authorization ?? ''));
    // every form is compared (no early exit), so the time taken says nothing about which one was close
    const matches = accepted.map((form) => timingSafeEqual(given, form));
    if (!matches.includes(true)) throw new AppError(401, 'UNAUTHORIZED', 'missing or bad switch token');
    req.auth = { tenantId: access.tenantId, keyId: 'switch' }; // so the audit log records the lookup
  };

  app.get(SWITCH_ROUTE_PATH, {
    schema: { summary: 'Route lookup for the SIP proxy (shared token, loopback only)', querystring: RouteQueryRawCaller, response: { 200: Route, 401: ApiError, 403: ApiError, 404: ApiError, 400: ApiError } },
    onRequest: authorize,
  }, async (req) => {
    const route = await lookupRawCaller(findRoute, deps.vault, access.tenantId, req.query.caller, req.query.x, deps.clock());
    if (!route) throw notFound(`binding for this caller on ${req.query.x}`);
    req.auditTarget = route.bindingId;
    return route;
  });
}
