import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AddNumbers, ApiError, CreatePool, LockNumber, NumberInfo, Phone, Pool } from '../../../common/binding/binding-api';
import { isUniqueViolation } from '../../db/connect';
import type { Deps, ZodApp } from '../../deps';
import { AppError, notFound } from '../../app-error';
import { numberInfo, poolStats } from './queries';

const PoolParams = z.strictObject({ poolId: z.string().min(1).max(64) });
const NumberParams = z.strictObject({ number: Phone });
const PoolNumberParams = z.strictObject({ poolId: z.string().min(1).max(64), number: Phone });
const errors = { 400: ApiError, 401: ApiError, 404: ApiError, 409: ApiError };

export function poolRoutes(app: ZodApp, deps: Deps): void {
  const { db, clock } = deps;

  const ownPool = async (tenantId: string, poolId: string) => {
    const pool = await db.selectFrom('pools').selectAll().where('id', '=', poolId).where('tenant_id', '=', tenantId).executeTakeFirst();
    if (!pool) throw new AppError(404, 'POOL_NOT_FOUND', `pool ${poolId} not found`);
    return pool;
  };
  const ownNumber = async (tenantId: string, e164: string) => {
    const n = await db.selectFrom('numbers').select('e164').where('e164', '=', e164).where('tenant_id', '=', tenantId).executeTakeFirst();
    if (!n) throw notFound(`number ${e164}`);
  };

  app.post('/v1/pools', { schema: { body: CreatePool, response: { 201: Pool, ...errors } } }, async (req, reply) => {
    const id = randomUUID();
    try {
      await db.insertInto('pools').values({ id, tenant_id: req.auth.tenantId, name: req.body.name, cooldown_seconds: req.body.cooldownSeconds, created_at: clock() }).execute();
    } catch (err) {
      if (isUniqueViolation(err)) throw new AppError(409, 'INVALID_REQUEST', `a pool named ${req.body.name} already exists`);
      throw err;
    }
    req.auditTarget = id;
    return reply.code(201).send(await poolStats(db, await ownPool(req.auth.tenantId, id)));
  });

  app.get('/v1/pools/:poolId', { schema: { params: PoolParams, response: { 200: Pool, ...errors } } }, async (req) =>
    poolStats(db, await ownPool(req.auth.tenantId, req.params.poolId)));

  app.post('/v1/pools/:poolId/numbers', {
    schema: { summary: 'Add X numbers (all or nothing)', params: PoolParams, body: AddNumbers, response: { 201: Pool, ...errors } },
  }, async (req, reply) => {
    const pool = await ownPool(req.auth.tenantId, req.params.poolId);
    const now = clock();
    const unique = new Set(req.body.numbers.map((n) => n.number));
    if (unique.size !== req.body.numbers.length) throw new AppError(400, 'INVALID_REQUEST', 'the same number is listed twice');
    try {
      await db.insertInto('numbers').values(req.body.numbers.map((n, i) => ({
        e164: n.number, tenant_id: pool.tenant_id, pool_id: pool.id, area_code: n.areaCode ?? null, city: n.city ?? null,
        locked: 0, lock_reason: null, calls: 0, complaints: 0, created_at: now + i, // +i keeps the caller's order for first-fit
      }))).execute();
    } catch (err) {
      if (isUniqueViolation(err)) throw new AppError(409, 'NUMBER_TAKEN', 'one of these numbers is already in a pool; nothing was added');
      throw err;
    }
    req.auditTarget = pool.id;
    return reply.code(201).send(await poolStats(db, pool));
  });

  app.delete('/v1/pools/:poolId/numbers/:number', { schema: { params: PoolNumberParams, response: { 200: Pool, ...errors } } }, async (req) => {
    const pool = await ownPool(req.auth.tenantId, req.params.poolId);
    const { number } = req.params;
    req.auditTarget = number;
    const busy = await db.selectFrom('party_slots').select('x').where('x', '=', number).limit(1).executeTakeFirst();
    if (busy) throw new AppError(409, 'NUMBER_IN_USE', `${number} carries live bindings; lock it and let them end first`);
    const gone = await db.deleteFrom('numbers').where('e164', '=', number).where('pool_id', '=', pool.id).executeTakeFirst();
    if (gone.numDeletedRows === 0n) throw notFound(`number ${number} in pool ${pool.id}`);
    return poolStats(db, pool);
  });

  app.get('/v1/numbers/:number', { schema: { params: NumberParams, response: { 200: NumberInfo, ...errors } } }, async (req) => {
    await ownNumber(req.auth.tenantId, req.params.number);
    return numberInfo(db, req.params.number);
  });

  // A locked X is skipped by the allocator; its live bindings keep working until they end.
  app.post('/v1/numbers/:number/lock', { schema: { params: NumberParams, body: LockNumber, response: { 200: NumberInfo, ...errors } } }, async (req) => {
    await ownNumber(req.auth.tenantId, req.params.number);
    req.auditTarget = req.params.number;
    await db.updateTable('numbers').set({ locked: 1, lock_reason: req.body.reason }).where('e164', '=', req.params.number).execute();
    return numberInfo(db, req.params.number);
  });

  app.post('/v1/numbers/:number/unlock', { schema: { params: NumberParams, response: { 200: NumberInfo, ...errors } } }, async (req) => {
    await ownNumber(req.auth.tenantId, req.params.number);
    req.auditTarget = req.params.number;
    await db.updateTable('numbers').set({ locked: 0, lock_reason: null }).where('e164', '=', req.params.number).execute();
    return numberInfo(db, req.params.number);
  });

  app.post('/v1/numbers/:number/complaints', { schema: { params: NumberParams, response: { 200: NumberInfo, ...errors } } }, async (req) => {
    await ownNumber(req.auth.tenantId, req.params.number);
    req.auditTarget = req.params.number;
    await db.updateTable('numbers').set((eb) => ({ complaints: eb('complaints', '+', 1) })).where('e164', '=', req.params.number).execute();
    return numberInfo(db, req.params.number);
  });
}
