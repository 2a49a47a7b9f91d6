// Privacy calls for the dialer: asks the binding server for an AXB binding (the agent dials X) or a
// callback (the switch calls the agent and the customer, both seeing X). A is the agent's own number
// from the binding settings, B the customer. The page gets X, the binding id and its expiry, and the
// customer only as it may show them; B's real number and the server's copy of it stay here.
import { Binding, Callback } from '../../../common/binding/binding-api';
import type { PrivacyBindingView, PrivacyMode } from '../../../common/ipc/channels/privacy-channels';
import { DomainError, type IpcErrorCode } from '../../../common/ipc/result';
import { maskNumber } from '../../../common/privacy/mask-number';
import { maskPhoneNumbers } from '../../../common/privacy/mask';
import type { BindingSettings } from '../../../common/settings/binding-settings';
import { BindingHttpError, createBindingClient } from '../binding/binding-client';
import type { SecretStore } from '../secrets/secret-store';
import { reason, type FailureReason } from '../../../common/ipc/failure-reason';

export interface PrivacyDeps {
  settings: () => BindingSettings;
  secrets: SecretStore;
  fetch?: typeof fetch;
}

const serverCodes: Partial<Record<string, IpcErrorCode>> = {
  INVALID_REQUEST: 'INVALID_INPUT',
  UNAUTHORIZED: 'REFUSED',
  NOT_FOUND: 'NOT_FOUND',
  POOL_NOT_FOUND: 'NOT_FOUND',
  POOL_EXHAUSTED: 'UNAVAILABLE',
  X_COLLISION: 'UNAVAILABLE',
  X_UNAVAILABLE: 'UNAVAILABLE',
  RATE_LIMITED: 'UNAVAILABLE',
  BUSY: 'UNAVAILABLE',
};

function clientFor(deps: PrivacyDeps) {
  const settings = deps.settings();
  if (!settings.url) throw new DomainError('INVALID_INPUT', 'no binding server is set up for privacy numbers (Setup → Privacy numbers)', reason('binding.noUrl'));
  if (!settings.poolId) throw new DomainError('INVALID_INPUT', 'no number pool is set for privacy numbers (Setup → Privacy numbers)', reason('privacy.noPool'));
  if (!settings.agentNumber) throw new DomainError('INVALID_INPUT', "your own phone number (A) is not set for privacy calls (Settings → Privacy numbers)", reason('privacy.noAgentNumber'));
  const secret = settings.keyId ? deps.secrets.get(`binding:${settings.keyId}`) : undefined;
  if (!secret) throw new DomainError('NOT_FOUND', 'no signing key is stored for the binding server; enter the key id and secret in Setup', reason('binding.noKey'));
  return { settings, client: createBindingClient({ url: settings.url, keyId: settings.keyId, secret, ...(deps.fetch ? { fetch: deps.fetch } : {}) }) };
}

/** What the page says about the server's refusal: its code (never its text), with what to do. */
function serverReason(error: BindingHttpError): FailureReason {
  if (['POOL_EXHAUSTED', 'X_UNAVAILABLE', 'X_COLLISION'].includes(error.code)) return reason('privacy.poolExhausted');
  if (['RATE_LIMITED', 'BUSY'].includes(error.code)) return reason('privacy.busy');
  if (error.code === 'POOL_NOT_FOUND') return reason('privacy.noPool');
  return reason('privacy.refused', { code: /^[A-Z0-9_]{1,32}$/.test(error.code) ? error.code : String(error.status) });
}

/** The server's refusal in the IPC vocabulary; numbers in its message are masked (it may echo B). */
function asDomainError(error: unknown, url: string): DomainError {
  if (error instanceof DomainError) return error;
  if (error instanceof BindingHttpError) {
    return new DomainError(serverCodes[error.code] ?? 'UNAVAILABLE', `binding server: ${error.code}: ${maskPhoneNumbers(error.message)}`, serverReason(error));
  }
  return new DomainError('UNAVAILABLE', `cannot reach the binding server at ${url}: ${maskPhoneNumbers(error instanceof Error ? error.message : String(error))}`, reason('privacy.unreachable'));
}

export async function bindPrivacyCall(deps: PrivacyDeps, customer: string, mode: PrivacyMode, masked: boolean): Promise<PrivacyBindingView> {
  const { settings, client } = clientFor(deps);
  const common = { poolId: settings.poolId, a: settings.agentNumber, b: customer, expiresInSeconds: settings.expiresInSeconds, releaseAfterCallSeconds: settings.releaseAfterCallSeconds };
  const display = masked ? maskNumber(customer) : customer;
  try {
    if (mode === 'axb') {
      const binding = Binding.parse(await client.request('POST', '/v1/bindings', { ...common, mode: 'axb' }));
      return { bindingId: binding.id, x: binding.x, expiresAt: binding.effectiveExpiresAt, mode, display };
    }
    const callback = Callback.parse(await client.request('POST', '/v1/callbacks', common));
    // the callback answer names X and the legs; its deadline is on the reverse binding it left
    const binding = Binding.parse(await client.request('GET', `/v1/bindings/${encodeURIComponent(callback.bindingId)}`));
    return { bindingId: callback.bindingId, x: callback.x, expiresAt: binding.effectiveExpiresAt, mode, display };
  } catch (error) {
    throw asDomainError(error, settings.url);
  }
}

export async function releasePrivacyBinding(deps: PrivacyDeps, bindingId: string): Promise<boolean> {
  const { settings, client } = clientFor(deps);
  try {
    await client.request('DELETE', `/v1/bindings/${encodeURIComponent(bindingId)}`);
    return true;
  } catch (error) {
    if (error instanceof BindingHttpError && (error.status === 404 || error.status === 409)) return false;
    throw asDomainError(error, settings.url);
  }
}
