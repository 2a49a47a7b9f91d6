// The harness's bridge transport: the contract's calls and events over one WebSocket to the harness
// server. Reconnects with capped backoff if the harness restarts; calls made while disconnected fail
// with UNAVAILABLE instead of hanging.
import type { BridgeTransport } from '../../../common/ipc/derive-bridge';
import type { EventChannel } from '../../../common/ipc/contract';
import type { IpcResult } from '../../../common/ipc/result';

export const HARNESS_TOKEN_PREFIX = 'dialdeck-token.';

/** The first connection was refused or never came up: a wrong or old token, or no harness running. */
export class HarnessUnreachableError extends Error {
  override readonly name = 'HarnessUnreachableError';
}

export function wsTransport(url: string, token: string): BridgeTransport {
  const pending = new Map<number, (result: IpcResult<unknown>) => void>();
  const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>();
  let socket: WebSocket | undefined;
  let open: Promise<WebSocket>;
  let nextId = 1;
  let backoff = 250;
  let everOpened = false;

  const connect = (): Promise<WebSocket> =>
    new Promise((resolve, reject) => {
      const ws = new WebSocket(url, [HARNESS_TOKEN_PREFIX + token]);
      ws.addEventListener('open', () => {
        everOpened = true;
        backoff = 250;
        socket = ws;
        resolve(ws);
      });
      ws.addEventListener('message', (event) => {
        const message = JSON.parse(String(event.data)) as { id?: number; result?: IpcResult<unknown>; event?: EventChannel; payload?: unknown };
        if (message.event) listeners.get(message.event)?.forEach((l) => l(message.payload));
        else if (message.id !== undefined && message.result) {
          pending.get(message.id)?.(message.result);
          pending.delete(message.id);
        }
      });
      ws.addEventListener('close', () => {
        socket = undefined;
        // the harness refuses a wrong token before the socket opens; waiting would leave a blank page forever
        if (!everOpened) return reject(new HarnessUnreachableError('the harness refused this page or is not running'));
        for (const settle of pending.values()) settle({ ok: false, error: { code: 'UNAVAILABLE', message: 'connection to the harness was lost' } });
        pending.clear();
        setTimeout(() => (open = connect()), backoff);
        backoff = Math.min(backoff * 2, 5_000);
      });
    });
  open = connect();
  open.catch(() => undefined); // reported by the first call

  return {
    async invoke(channel, req) {
      const ws = socket ?? (await open);
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        ws.send(JSON.stringify({ id, channel, payload: req }));
      });
    },
    subscribe(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set);
      set.add(listener);
      return () => void set.delete(listener);
    },
  };
}
