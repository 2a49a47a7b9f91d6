// buildApp() assembles the binding server around injected dependencies, so tests drive it with
// app.inject() over SQLite or PostgreSQL and main.ts only adds configuration and listen().
import Fastify, { type FastifyServerOptions } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from './deps';
import { registerErrorHandling } from './http/error-replies';
import { registerAudit } from './http/audit';
import { registerJsonBody } from './http/json-body';
import { registerAuth } from './security/auth';
import { keyStore } from './security/keys';
import { kyselyRequestLog, sqliteRequestLog } from './security/request-log';
import { sqliteBatch } from './db/sqlite-batch';
import { bindingRoutes } from './modules/bindings/routes';
import { callRoutes } from './modules/calls/routes';
import { claimRoutes } from './modules/claims/routes';
import { poolRoutes } from './modules/pools/routes';
import { SWITCH_ROUTE_PATH, switchRoutes, type SwitchAccess } from './modules/switch/routes';

export interface AppOptions {
  logger?: FastifyServerOptions['logger'];
  /** requests per key per minute */
  rateLimitPerMinute?: number;
  bodyLimitBytes?: number;
  /** enables GET /v1/switch/route for a SIP proxy of this tenant (see modules/switch/routes.ts) */
  switchAccess?: SwitchAccess;
}

const PUBLIC_ROUTES = new Set(['/openapi.json', '/health']);
/** authenticated by their own scheme instead of the request signature */
const UNSIGNED_ROUTES = new Set([...PUBLIC_ROUTES, SWITCH_ROUTE_PATH]);

export async function buildApp(given: Deps, opts: AppOptions = {}) {
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: opts.bodyLimitBytes ?? 64 * 1024 }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerJsonBody(app);
  const onLogError = (err: unknown) => app.log.error({ err }, 'nonce or audit write failed');
  const batch = given.sqlite ? sqliteBatch(given.db, given.sqlite, (err) => app.log.error({ err }, 'batched SQLite write failed')) : undefined;
  const deps: Deps = { ...given, batch };
  const log = batch && deps.sqlite ? sqliteRequestLog(batch, deps.sqlite, deps.clock()) : kyselyRequestLog(deps.db, onLogError);
  registerAuth(app, { log, clock: deps.clock, findKey: keyStore(deps.db, deps.vault) }, (url) => UNSIGNED_ROUTES.has(url));
  registerAudit(app, log, deps.clock);
  await app.register(rateLimit, {
    max: opts.rateLimitPerMinute ?? 6000,
    timeWindow: 60_000,
    hook: 'preHandler', // after auth, so the budget belongs to a verified key, not a claimed one
    keyGenerator: (req) => req.auth?.keyId || req.ip,
    allowList: (req) => PUBLIC_ROUTES.has(req.routeOptions.url ?? ''),
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Dialdeck binding server', description: 'Privacy numbers (AXB): pools, bindings, route lookup, callbacks, call events', version: '1.0.0' },
      components: {
        securitySchemes: { hmac: { type: 'apiKey', in: 'header', name: 'x-dd-signature', description: 'HMAC-SHA256 over method, path, timestamp, nonce and body hash; see common/binding/signing.ts' } },
      },
      security: [{ hmac: [] }],
    },
    transform: jsonSchemaTransform,
  });
  app.get('/health', async () => ({ ok: true }));
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  poolRoutes(app, deps);
  bindingRoutes(app, deps);
  callRoutes(app, deps);
  claimRoutes(app, deps);
  if (opts.switchAccess) switchRoutes(app, deps, opts.switchAccess);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
