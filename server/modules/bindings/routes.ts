import { z } from 'zod';
import { ApiError, Binding, CreateBinding, UpdateBinding } from '../../../common/binding/binding-api';
import type { Deps, ZodApp } from '../../deps';
import { notFound } from '../../app-error';
import { createBinding } from './create';
import { sqliteBinder } from './create-sqlite';
import { releaseBinding } from './release';
import { lockLiveBinding, updateBinding } from './update';
import { toBinding } from './view';

const ById = z.strictObject({ id: z.string().min(1).max(64) });
const IdempotencyHeaders = z.object({ 'idempotency-key': z.string().min(1).max(128).optional() });
const errors = { 400: ApiError, 401: ApiError, 404: ApiError, 409: ApiError };

export function bindingRoutes(app: ZodApp, { db, dialect, vault, clock, sqlite, batch }: Deps): void {
  // SQLite: prepared statements inside the group commit; PostgreSQL: the portable Kysely version
  const fastBind = sqlite && batch ? sqliteBinder(sqlite, vault) : undefined;
  const bind = (tenantId: string, body: CreateBinding, now: number, idempotencyKey?: string) => fastBind && batch
    ? batch.run(() => fastBind(tenantId, body, now, idempotencyKey), { savepoint: false })
    : createBinding(db, vault, tenantId, body, now, idempotencyKey);

  app.post('/v1/bindings', {
    schema: { summary: 'Get or create an AXB or reverse binding', body: CreateBinding, headers: IdempotencyHeaders, response: { 200: Binding, 201: Binding, ...errors } },
  }, async (req, reply) => {
    const { row, created } = await bind(req.auth.tenantId, req.body, clock(), req.headers['idempotency-key']);
    req.auditTarget = row.id;
    return reply.code(created ? 201 : 200).send(toBinding(row, vault, created ? req.body : undefined));
  });

  app.get('/v1/bindings/:id', { schema: { params: ById, response: { 200: Binding, ...errors } } }, async (req) => {
    const row = await db.selectFrom('bindings').selectAll().where('id', '=', req.params.id).where('tenant_id', '=', req.auth.tenantId).executeTakeFirst();
    if (!row) throw notFound(`binding ${req.params.id}`);
    return toBinding(row, vault);
  });

  app.patch('/v1/bindings/:id', {
    schema: { summary: 'Extend a binding, change B, or toggle recording', params: ById, body: UpdateBinding, response: { 200: Binding, ...errors } },
  }, async (req) => {
    req.auditTarget = req.params.id;
    return toBinding(await updateBinding(db, dialect, vault, req.auth.tenantId, req.params.id, req.body, clock()), vault);
  });

  app.delete('/v1/bindings/:id', { schema: { summary: 'Unbind', params: ById, response: { 200: Binding, ...errors } } }, async (req) => {
    req.auditTarget = req.params.id;
    const now = clock();
    const row = await db.transaction().execute(async (trx) => {
      const live = await lockLiveBinding(trx, dialect, req.auth.tenantId, req.params.id, now);
      await releaseBinding(trx, live, 'unbound', now);
      return { ...live, status: 'ended' as const, ended_at: now, end_reason: 'unbound' };
    });
    return toBinding(row, vault);
  });
}
