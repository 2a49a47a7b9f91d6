// Where the page gets its API: Electron's preload puts the contract's bridge on window.dialdeck; in the
// browser harness the same bridge is built over a WebSocket. The harness path exists only when there is
// no preload and the page came from http://127.0.0.1 — in Electron the CSP also forbids that socket.
import { createBridge, type DialdeckApi } from '../../../common/ipc/derive-bridge';
import type { FailureReason } from '../../../common/ipc/failure-reason';
import type { IpcIssue, IpcResult } from '../../../common/ipc/result';
import { wsTransport } from './ws-transport';

declare global {
  interface Window {
    dialdeck?: DialdeckApi;
  }
}

export type Runtime = 'electron' | 'harness';

/** Neither a preload bridge nor a usable harness address: the page cannot reach main at all. */
export class BridgeUnavailableError extends Error {
  override readonly name = 'BridgeUnavailableError';
  constructor(readonly reason: 'no-token' | 'not-local') {
    super(reason === 'no-token' ? 'the harness address has no token' : 'not the Electron app and not the local harness');
  }
}

function harnessToken(): string | null {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem('dialdeck.harnessToken', fromHash);
    history.replaceState(null, '', location.pathname + location.search); // keep the token out of screenshots and history
    return fromHash;
  }
  return sessionStorage.getItem('dialdeck.harnessToken');
}

function connect(): { api: DialdeckApi; runtime: Runtime } {
  if (window.dialdeck) return { api: window.dialdeck, runtime: 'electron' };
  if (location.protocol !== 'http:' || location.hostname !== '127.0.0.1') throw new BridgeUnavailableError('not-local');
  const token = harnessToken();
  if (!token) throw new BridgeUnavailableError('no-token');
  return { api: createBridge(wsTransport(`ws://${location.host}/ipc`, token)), runtime: 'harness' };
}

let connected: { api: DialdeckApi; runtime: Runtime } | undefined;

/** Connects on first use, so a page opened outside Electron/harness can still show why it cannot run. */
export function getBridge(): { api: DialdeckApi; runtime: Runtime } {
  return (connected ??= connect());
}

export class IpcCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** INVALID_INPUT: what was wrong, field by field (said in the UI language by ui-shared/error-text) */
    readonly issues: readonly IpcIssue[] = [],
    /** why, as a key the page says with the next step (ui-shared/error-text) */
    readonly reason?: FailureReason,
  ) {
    super(message);
  }
}

export async function unwrap<T>(call: Promise<IpcResult<T>>): Promise<T> {
  const result = await call;
  if (result.ok) return result.value;
  throw new IpcCallError(result.error.code, result.error.message, result.error.issues, result.error.reason);
}
