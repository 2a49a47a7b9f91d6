// Where the page gets its API: Electron's preload puts the contract's bridge on window.dialdeck; in the
// browser harness the same bridge is built over a WebSocket. The harness path exists only when there is
// no preload and the page came from http://127.0.0.1 — in Electron the CSP also forbids that socket.
import { createBridge, type DialdeckApi } from '../../../common/ipc/bridge';
import type { IpcResult } from '../../../common/ipc/result';
import { wsTransport } from './ws-transport';

declare global {
  interface Window {
    dialdeck?: DialdeckApi;
  }
}

export type Runtime = 'electron' | 'harness';

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
  const token = harnessToken();
  if (location.protocol !== 'http:' || location.hostname !== '127.0.0.1' || !token) {
    throw new Error('Dialdeck must run inside its Electron app or the local harness (npm run harness).');
  }
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
  ) {
    super(message);
  }
}

export async function unwrap<T>(call: Promise<IpcResult<T>>): Promise<T> {
  const result = await call;
  if (result.ok) return result.value;
  throw new IpcCallError(result.error.code, result.error.message);
}
