// A store method is a zod params schema and a function of the database and the parsed params. The worker
// validates every request with the schema before touching SQL; the client's types are derived from the same
// declarations (StoreApiOf), the way common/ipc/derive-bridge.ts derives the renderer's API from the IPC contract.
import type { Database } from 'better-sqlite3';
import { z } from 'zod';

export interface StoreHandler<S extends z.ZodType = z.ZodType, R = unknown> {
  readonly params: S;
  // method syntax: a handler of specific params still fits a map of handlers of any params
  run(db: Database, params: z.output<S>): R;
}

export function defineHandler<S extends z.ZodType, R>(params: S, run: (db: Database, params: z.output<S>) => R): StoreHandler<S, R> {
  return { params, run };
}

/** For a method that takes nothing: whatever is sent is accepted and dropped. */
export const noParams = z.object({});

export type HandlerMap = Record<string, StoreHandler>;

/** A method's params can be left out when every field of its schema is optional (or it has none). */
type ParamsArg<S extends z.ZodType> = Record<never, never> extends z.input<S> ? [params?: z.input<S>] : [params: z.input<S>];

/** What the main thread calls: every handler as an async method taking the schema's input. */
export type StoreApiOf<H> = {
  [K in keyof H]: H[K] extends StoreHandler<infer S, infer R> ? (...params: ParamsArg<S>) => Promise<Awaited<R>> : never;
};

/** Validates the params with the handler's schema, then runs it; throws what either throws. */
export function callHandler<S extends z.ZodType, R>(handler: StoreHandler<S, R>, db: Database, params: unknown): R {
  return handler.run(db, handler.params.parse(params));
}

/** The handler serving `method`, if the map has one (never an inherited property such as `toString`). */
export function handlerFor(handlers: HandlerMap, method: string): StoreHandler | undefined {
  return Object.hasOwn(handlers, method) ? handlers[method] : undefined;
}

/**
 * The API object of a handler map, from one function that sends a method and its params. No method list is
 * written out: any property is a method by that name (the main thread never loads the handlers themselves).
 * `then` is not one, so the object is not mistaken for a promise.
 */
export function storeApi<H>(send: (method: string, params: unknown) => Promise<unknown>): StoreApiOf<H> {
  const methods = new Map<string, (params?: unknown) => Promise<unknown>>();
  return new Proxy({} as StoreApiOf<H>, {
    get(_target, method) {
      if (typeof method !== 'string' || method === 'then') return undefined;
      let call = methods.get(method);
      if (!call) methods.set(method, (call = (params: unknown = {}) => send(method, params)));
      return call;
    },
  });
}
