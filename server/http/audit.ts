// One audit row per authenticated request (who, what, on which binding or number, outcome),
// written after the reply so it costs the caller no latency.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../deps';

export function registerAudit(app: FastifyInstance, { db, clock }: Deps): void {
  app.addHook('onResponse', async (req, reply) => {
    if (!req.auth) return;
    try {
      await db.insertInto('audit_log').values({
        id: randomUUID(),
        tenant_id: req.auth.tenantId,
        key_id: req.auth.keyId,
        action: `${req.method} ${req.routeOptions.url ?? req.url} ${reply.statusCode}`,
        target: req.auditTarget ?? '',
        at: clock(),
      }).execute();
    } catch (err) {
      req.log.error({ err }, 'audit write failed');
    }
  });
}
