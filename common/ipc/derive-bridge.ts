// Builds the object the renderer sees as `window.dialdeck` from the contract: `settings:get` becomes
// api.settings.get(req), the event `devices:status` becomes api.devices.onStatus(listener) → unsubscribe.
// The same factory serves the Electron preload (ipcRenderer transport) and the browser harness
// (WebSocket transport), so both expose exactly the contract's methods and nothing else.
import {
  eventChannels,
  invokeChannels,
  type EventChannel,
  type EventPayload,
  type InvokeChannel,
  type Req,
  type Res,
} from './contract';
import type { IpcResult } from './result';

export interface BridgeTransport {
  invoke(channel: InvokeChannel, req: unknown): Promise<IpcResult<unknown>>;
  subscribe(channel: EventChannel, listener: (payload: unknown) => void): () => void;
}

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type Domain = DomainOf<InvokeChannel> | DomainOf<EventChannel>;

export type DialdeckApi = {
  [D in Domain]: {
    [C in InvokeChannel as C extends `${D}:${infer V}` ? V : never]: (req: Req<C>) => Promise<IpcResult<Res<C>>>;
  } & {
    [E in EventChannel as E extends `${D}:${infer V}` ? `on${Capitalize<V>}` : never]: (
      listener: (payload: EventPayload<E>) => void,
    ) => () => void;
  };
};

const split = (channel: string): [string, string] => {
  const at = channel.indexOf(':');
  return [channel.slice(0, at), channel.slice(at + 1)];
};
const eventMethod = (verb: string) => `on${verb[0]!.toUpperCase()}${verb.slice(1)}`;

/** Method paths the bridge exposes, e.g. ["app.info", "devices.onStatus"]; the smoke tests compare against it. */
export function bridgeMethodPaths(): string[] {
  const invokes = Object.keys(invokeChannels).map((c) => split(c).join('.'));
  const events = Object.keys(eventChannels).map((c) => {
    const [domain, verb] = split(c);
    return `${domain}.${eventMethod(verb)}`;
  });
  return [...invokes, ...events].sort();
}

export function createBridge(transport: BridgeTransport): DialdeckApi {
  const api: Record<string, Record<string, unknown>> = {};
  const domain = (d: string) => (api[d] ??= {});
  for (const channel of Object.keys(invokeChannels) as InvokeChannel[]) {
    const [d, verb] = split(channel);
    domain(d)[verb] = (req: unknown) => transport.invoke(channel, req ?? {});
  }
  for (const channel of Object.keys(eventChannels) as EventChannel[]) {
    const [d, verb] = split(channel);
    domain(d)[eventMethod(verb)] = (listener: (payload: unknown) => void) => {
      if (typeof listener !== 'function') throw new TypeError(`${channel}: listener must be a function`);
      return transport.subscribe(channel, listener);
    };
  }
  return api as DialdeckApi;
}
