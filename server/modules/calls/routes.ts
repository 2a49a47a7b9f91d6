import { ApiError, Binding, CallEvent, Callback, CreateCallback, Route, Subscription } from '../../../common/binding/binding-api';
import { z } from 'zod';
import type { Deps, ZodApp } from '../../deps';
import { notFound } from '../../app-error';
import { createBinding } from '../bindings/create';
import { toBinding } from '../bindings/view';
import { enqueueEvent } from '../events/outbox';
import { recordCallEvent } from './call-events';
import { routeFinder } from './find-route';
import { lookupRawCaller, RouteQueryRawCaller } from './route-query';

const errors = { 400: ApiError, 401: ApiError, 404: ApiError, 409: ApiError };

export function callRoutes(app: ZodApp, deps: Deps): void {
  const { db, vault, clock } = deps;
  const findRoute = routeFinder(db, deps.sqlite);

  // The switch asks this for every INVITE to an X: who is (caller → X) meant to reach?
  app.get('/v1/route', { schema: { summary: 'Route lookup for the call center', querystring: RouteQueryRawCaller, response: { 200: Route, ...errors } } }, async (req) => {
    const { caller, x } = req.query;
    const route = await lookupRawCaller(findRoute, vault, req.auth.tenantId, caller, x, clock());
    if (!route) throw notFound(`binding for this caller on ${x}`);
    req.auditTarget = route.bindingId;
    return route;
  });

  // 回拨: the server picks X under B's collision rule and leaves a reverse binding, so B's return
  // call to X reaches A; the PBX or gateway places both legs showing X.
  app.post('/v1/callbacks', { schema: { summary: 'Request a callback (two legs showing X)', body: CreateCallback, response: { 201: Callback, ...errors } } }, async (req, reply) => {
    const now = clock();
    const { row } = await createBinding(db, vault, req.auth.tenantId, { ...req.body, mode: 'reverse', record: false }, now);
    const legs = [{ to: req.body.a, from: row.x }, { to: req.body.b, from: row.x }];
    await enqueueEvent(db, req.auth.tenantId, 'callback.requested', { bindingId: row.id, x: row.x, legs }, now);
    req.auditTarget = row.id;
    return reply.code(201).send({ bindingId: row.id, x: row.x, legs });
  });

  app.post('/v1/calls/events', { schema: { summary: 'Call progress from the switch', body: CallEvent, response: { 200: Binding, ...errors } } }, async (req) => {
    req.auditTarget = req.body.bindingId;
    return toBinding(await recordCallEvent(deps, req.auth.tenantId, req.body, clock()), vault);
  });

  app.put('/v1/subscription', { schema: { summary: 'Where signed events are pushed', body: Subscription, response: { 200: z.object({ url: z.string() }), ...errors } } }, async (req) => {
    await db.updateTable('tenants').set({ webhook_url: req.body.url, webhook_secret: vault.encrypt(req.body.secret) }).where('id', '=', req.auth.tenantId).execute();
    return { url: req.body.url };
  });
}
