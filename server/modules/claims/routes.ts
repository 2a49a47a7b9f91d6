// Lead claims: a contact being dialled is claimed at the hub so two agents never dial the same customer.
// Desks that claimed while the hub was unreachable send those claims to /v1/claims/reconcile.
import {
  ClaimList, ClaimRequest, ClaimResult, LeadKeySalt, ListQuery, ReconcileRequest, ReconcileResult, ReleaseRequest, ReleaseResult, RenewRequest,
} from '../../../common/claims/claims-api';
import { ApiError } from '../../../common/binding/binding-api';
import type { Deps, ZodApp } from '../../deps';
import { claimLead, reconcileClaims, releaseClaim, renewClaim } from './operations';
import { leadKeySalt } from './salt';
import { claimsDb, toClaim } from './tables';

const errors = { 400: ApiError, 401: ApiError, 404: ApiError, 503: ApiError };
const tags = ['claims'];

export function claimRoutes(app: ZodApp, { db, dialect, vault, clock }: Deps): void {
  const cdb = claimsDb(db);

  app.post('/v1/claims', {
    schema: { tags, summary: 'Claim a lead for an agent; answers granted, or refused with the holder', body: ClaimRequest, response: { 200: ClaimResult, ...errors } },
  }, async (req) => {
    req.auditTarget = `lead:${req.body.leadKey}`;
    return claimLead(cdb, dialect, req.auth.tenantId, req.body, clock());
  });

  app.post('/v1/claims/renew', {
    schema: { tags, summary: 'Heartbeat: extend the agent\'s claim (404 when it has none)', body: RenewRequest, response: { 200: ClaimResult, ...errors } },
  }, async (req) => {
    req.auditTarget = `lead:${req.body.leadKey}`;
    return renewClaim(cdb, dialect, req.auth.tenantId, req.body, clock());
  });

  app.post('/v1/claims/release', {
    schema: { tags, summary: 'Release the agent\'s claim (idempotent; never someone else\'s)', body: ReleaseRequest, response: { 200: ReleaseResult, ...errors } },
  }, async (req) => {
    req.auditTarget = `lead:${req.body.leadKey}`;
    return releaseClaim(cdb, dialect, req.auth.tenantId, req.body, clock());
  });

  app.get('/v1/claims', {
    schema: { tags, summary: 'The live claims of one agent', querystring: ListQuery, response: { 200: ClaimList, ...errors } },
  }, async (req) => {
    const now = clock();
    const rows = await cdb.selectFrom('lead_claims').selectAll()
      .where('tenant_id', '=', req.auth.tenantId).where('agent_id', '=', req.query.agentId)
      .where('expires_at', '>', now).where('released_at', 'is', null)
      .orderBy('since').limit(1000).execute();
    return { claims: rows.map(toClaim) };
  });

  app.post('/v1/claims/reconcile', {
    schema: { tags, summary: 'Claims a desk made offline: confirmed, conflict (with the holder) or expired, per claim', body: ReconcileRequest, response: { 200: ReconcileResult, ...errors } },
  }, async (req) => {
    req.auditTarget = `agent:${req.body.agentId}`;
    return { results: await reconcileClaims(cdb, dialect, req.auth.tenantId, req.body, clock()) };
  });

  app.get('/v1/claims/lead-key-salt', {
    schema: { tags, summary: 'The tenant\'s salt for deriving lead keys (HMAC of the E.164 number)', response: { 200: LeadKeySalt, ...errors } },
  }, async (req) => ({ salt: await leadKeySalt(cdb, vault, req.auth.tenantId, clock()) }));
}
