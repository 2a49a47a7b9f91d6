import { describe, expect, it } from 'vitest';
import { bridgeMethodPaths, createBridge, type BridgeTransport } from '../../../../common/ipc/derive-bridge';
import { eventChannels, invokeChannels } from '../../../../common/ipc/contract';
import { ipcTransport } from '../../../../preload/ipc-transport';

function recordingTransport() {
  const calls: [string, unknown][] = [];
  const subs = new Map<string, Set<(p: unknown) => void>>();
  const transport: BridgeTransport = {
    invoke: async (channel, req) => (calls.push([channel, req]), { ok: true, value: channel }),
    subscribe(channel, listener) {
      const set = subs.get(channel) ?? new Set();
      subs.set(channel, set);
      set.add(listener);
      return () => void set.delete(listener);
    },
  };
  return { calls, subs, transport };
}

function methodPathsOf(api: object): string[] {
  return Object.entries(api)
    .flatMap(([domain, methods]) => Object.keys(methods as object).map((m) => `${domain}.${m}`))
    .sort();
}

describe('bridge derived from the contract', () => {
  it('exposes exactly one named method per invoke channel and one on<Event> per event channel', () => {
    const api = createBridge(recordingTransport().transport);
    expect(methodPathsOf(api)).toEqual(bridgeMethodPaths());
    expect(bridgeMethodPaths()).toHaveLength(Object.keys(invokeChannels).length + Object.keys(eventChannels).length);
    expect(bridgeMethodPaths()).toContain('devices.onStatus');
    expect(bridgeMethodPaths()).toContain('settings.get');
  });

  it('has no generic invoke/send/on escape hatch', () => {
    const api = createBridge(recordingTransport().transport) as unknown as Record<string, unknown>;
    for (const name of ['invoke', 'send', 'on', 'ipcRenderer', 'sendSync']) expect(api[name]).toBeUndefined();
  });

  it('routes a method call to its channel with the request object', async () => {
    const { calls, transport } = recordingTransport();
    const api = createBridge(transport);
    await api.secrets.set({ key: 'sip:a', value: 'pw' });
    await api.settings.get({});
    expect(calls).toEqual([
      ['secrets:set', { key: 'sip:a', value: 'pw' }],
      ['settings:get', {}],
    ]);
  });

  it('subscriptions deliver payloads and stop after unsubscribe', () => {
    const { subs, transport } = recordingTransport();
    const api = createBridge(transport);
    const seen: unknown[] = [];
    const off = api.devices.onStatus((p) => seen.push(p));
    subs.get('devices:status')!.forEach((l) => l({ n: 1 }));
    off();
    subs.get('devices:status')?.forEach((l) => l({ n: 2 }));
    expect(seen).toEqual([{ n: 1 }]);
  });

  it('preload transport hides the Electron event and removes exactly its own listener', async () => {
    const listeners = new Map<string, ((...a: unknown[]) => void)[]>();
    const invoked: unknown[] = [];
    const fakeIpc = {
      invoke: async (...args: unknown[]) => (invoked.push(args), { ok: true, value: null }),
      on(channel: string, l: (...a: unknown[]) => void) {
        listeners.set(channel, [...(listeners.get(channel) ?? []), l]);
        return fakeIpc;
      },
      removeListener(channel: string, l: (...a: unknown[]) => void) {
        listeners.set(channel, (listeners.get(channel) ?? []).filter((x) => x !== l));
        return fakeIpc;
      },
    };
    const api = createBridge(ipcTransport(fakeIpc as never));
    const got: unknown[] = [];
    const off = api.settings.onChanged((p) => got.push(p));
    listeners.get('settings:changed')!.forEach((l) => l({ sender: 'electron-event' }, { ui: 'x' }));
    expect(got).toEqual([{ ui: 'x' }]);
    off();
    expect(listeners.get('settings:changed')).toEqual([]);
    await api.app.info({});
    expect(invoked).toEqual([['app:info', {}]]);
  });
});
