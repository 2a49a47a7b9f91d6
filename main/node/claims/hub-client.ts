// The claims calls to the hub, signed by the binding-server client (main/node/binding/binding-client.ts).
// Every failure becomes a HubCallError that says whether the desk should fall back to local claims.
import type { ClaimRequest, ClaimResult, OfflineClaim, ReconcileItem, ReleaseRequest, RenewRequest } from '../../../common/claims/claims-api';
import { classifyHubFailure, type HubFailure } from '../../../common/claims/hub-errors';
import { BindingHttpError, createBindingClient, type BindingClientConfig } from '../binding/binding-client';

export type HubConfig = BindingClientConfig;

export class HubCallError extends Error {
  constructor(
    readonly failure: HubFailure,
    readonly status: number | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** The hub has no claim of this agent on the lead (renew answered 404). */
export const NO_CLAIM = Symbol('no claim');

export function createClaimsHub(config: HubConfig) {
  const client = createBindingClient({ timeoutMs: 3_000, ...config });
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    try {
      return await client.request<T>(method, path, body);
    } catch (error) {
      const status = error instanceof BindingHttpError ? error.status : undefined;
      throw new HubCallError(classifyHubFailure(status), status, (error as Error).message);
    }
  };
  return {
    salt: async () => (await call<{ salt: string }>('GET', '/v1/claims/lead-key-salt')).salt,
    claim: (req: ClaimRequest) => call<ClaimResult>('POST', '/v1/claims', req),
    async renew(req: RenewRequest): Promise<ClaimResult | typeof NO_CLAIM> {
      try {
        return await call<ClaimResult>('POST', '/v1/claims/renew', req);
      } catch (error) {
        if (error instanceof HubCallError && error.status === 404) return NO_CLAIM;
        throw error;
      }
    },
    release: (req: ReleaseRequest) => call<{ released: boolean }>('POST', '/v1/claims/release', req),
    reconcile: async (agentId: string, claims: OfflineClaim[]) => (await call<{ results: ReconcileItem[] }>('POST', '/v1/claims/reconcile', { agentId, claims })).results,
    async reachable(): Promise<boolean> {
      try {
        return await client.health();
      } catch {
        return false;
      }
    },
  };
}

export type ClaimsHub = ReturnType<typeof createClaimsHub>;
