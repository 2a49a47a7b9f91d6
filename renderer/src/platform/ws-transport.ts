// The harness's bridge transport: the contract's calls and events over one WebSocket to the harness
// server. Reconnects with capped backoff if the harness restarts; calls made while disconnected fail
// with UNAVAILABLE instead of hanging.
import type { BridgeTransport } from '../../../common/ipc/bridge';
import type { EventChannel } from '../../../common/ipc/contract';
import type { IpcResult } from '../../../common/ipc/result';

export const HARNESS_TOKEN_PREFIX = 'dialdeck-token.';

export function wsTransport(url: string, token: string): BridgeTransport {
  const pending = new Map<number, (result: IpcResult<unknown>) => void>();
  const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>();
  let socket: WebSocket | undefined;
  let open: Promise<WebSocket>;
  let nextId = 1;
  let backoff = 250;

  const connect = (): Promise<WebSocket> =>
    new Promise((resolve) => {
      const ws = new WebSocket(url, [HARNESS_TOKEN_PREFIX + token]);
      ws.addEventListener('open', () => {
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
        for (const settle of pending.values()) settle({ ok: false, error: { code: 'UNAVAILABLE', message: 'connection to the harness was lost' } });
        pending.clear();
        setTimeout(() => (open = connect()), backoff);
        backoff = Math.min(backoff * 2, 5_000);
      });
    });
  open = connect();

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
