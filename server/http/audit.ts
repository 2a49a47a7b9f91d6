// One audit row per authenticated request (who, what, on which binding or number, outcome),
// handed to the request log after the reply so it costs the caller no latency.
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../clock';
import type { RequestLog } from '../security/request-log';

export function registerAudit(app: FastifyInstance, log: RequestLog, clock: Clock): void {
  app.addHook('onResponse', async (req, reply) => {
    if (!req.auth) return;
    log.audit({
      tenant_id: req.auth.tenantId,
      key_id: req.auth.keyId,
      action: `${req.method} ${req.routeOptions.url ?? req.url} ${reply.statusCode}`,
      target: req.auditTarget ?? '',
      at: clock(),
    });
  });
  app.addHook('onClose', async () => log.flush());
}
