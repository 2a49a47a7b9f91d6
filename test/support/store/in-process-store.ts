// The store's handlers run in the test's own thread, on a database the test opened: the same code and the
// same params validation as the DB worker, without the worker.
import type { Database } from 'better-sqlite3';
import { callHandler, handlerFor, storeApi, type HandlerMap, type StoreHandler } from '../../../main/node/store/define-handler';
import { errorCode, StoreError } from '../../../main/node/store/store-errors';
import { storeHandlers, type StoreApi, type StoreHandlers } from '../../../main/node/store-worker/store-handlers';

/** Answers like StoreClient.api: a promise, rejected with the StoreError the worker's answer would become. */
export function inProcessStore(db: Database): StoreApi {
  return storeApi<StoreHandlers>(async (method, params) => {
    try {
      const handler = handlerFor(storeHandlers, method);
      if (!handler) throw new Error(`unknown store method ${method}`);
      return await callHandler(handler, db, params);
    } catch (error) {
      throw new StoreError(errorCode(error), error instanceof Error ? error.message : String(error));
    }
  });
}

type SyncApi<H> = { [K in keyof H]: H[K] extends StoreHandler<infer _S, infer R> ? (params?: unknown) => R : never };

/** A handler map's methods called synchronously with any params (validated as in the worker): what they return or throw. */
export function handlersOn<H extends HandlerMap>(handlers: H, db: Database): SyncApi<H> {
  return Object.fromEntries(Object.entries(handlers).map(([method, handler]) => [method, (params: unknown = {}) => callHandler(handler, db, params)])) as SyncApi<H>;
}
