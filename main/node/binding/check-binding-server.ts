// The setup wizard's proof that the binding server works for this desk: reachable, our signature
// accepted, and how much of the pool is free.
import type { BindingProblem } from '../../../common/ipc/channels/binding-channels';
import { DomainError } from '../../../common/ipc/result';
import type { BindingSettings } from '../../../common/settings/binding-settings';
import type { SecretStore } from '../secrets/secret-store';
import { BindingHttpError, createBindingClient } from './binding-client';
import { reason } from '../../../common/ipc/failure-reason';

export interface BindingCheck {
  reachable: boolean;
  signatureAccepted: boolean;
  pool?: { size: number; locked: number; liveBindings: number };
  /** a code for the page; the English detail goes to the log */
  problem?: BindingProblem;
}

export async function checkBindingServer(settings: BindingSettings, secrets: SecretStore, fetchImpl?: typeof fetch, log?: (detail: string) => void): Promise<BindingCheck> {
  if (!settings.url) throw new DomainError('INVALID_INPUT', 'no binding server address is set', reason('binding.noUrl'));
  const secret = settings.keyId ? secrets.get(`binding:${settings.keyId}`) : undefined;
  if (!secret) throw new DomainError('NOT_FOUND', 'no signing key is stored for the binding server; enter the key id and secret', reason('binding.noKey'));
  const client = createBindingClient({ url: settings.url, keyId: settings.keyId, secret, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  try {
    if (!(await client.health())) {
      log?.('the server answered its health check with an error');
      return { reachable: false, signatureAccepted: false, problem: { code: 'healthFailed' } };
    }
  } catch (error) {
    log?.(`cannot reach ${settings.url}: ${(error as Error).message}`);
    return { reachable: false, signatureAccepted: false, problem: { code: 'unreachable' } };
  }
  try {
    if (!settings.poolId) {
      await client.request('GET', '/v1/pools/_');
      return { reachable: true, signatureAccepted: true };
    }
    const pool = await client.request<{ size: number; locked: number; liveBindings: number }>('GET', `/v1/pools/${encodeURIComponent(settings.poolId)}`);
    return { reachable: true, signatureAccepted: true, pool: { size: pool.size, locked: pool.locked, liveBindings: pool.liveBindings } };
  } catch (error) {
    log?.(`binding check: ${(error as Error).message}`);
    if (error instanceof BindingHttpError && error.status === 401) return { reachable: true, signatureAccepted: false, problem: { code: 'signatureRefused' } };
    if (error instanceof BindingHttpError && error.status === 404) return { reachable: true, signatureAccepted: true, ...(settings.poolId ? { problem: { code: 'poolUnknown' } } : {}) };
    return { reachable: true, signatureAccepted: false, problem: error instanceof BindingHttpError ? { code: 'serverError', status: error.status } : { code: 'badAnswer' } };
  }
}
