// Adapts ipcRenderer to the bridge transport. Kept apart from index.ts so tests can drive it with a fake.
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { BridgeTransport } from '../common/ipc/derive-bridge';
import type { IpcResult } from '../common/ipc/result';

export function ipcTransport(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): BridgeTransport {
  return {
    invoke: (channel, req) => ipc.invoke(channel, req) as Promise<IpcResult<unknown>>,
    subscribe(channel, listener) {
      const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipc.on(channel, wrapped);
      return () => void ipc.removeListener(channel, wrapped);
    },
  };
}
