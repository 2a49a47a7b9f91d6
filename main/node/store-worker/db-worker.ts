/** Worker thread owning the service connection, so SQLite never blocks the Electron main thread. */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../store/open-database';
import { storeHandlers } from './store-handlers';
import { callHandler, handlerFor } from '../store/define-handler';
import { errorCode } from '../store/store-errors';
import { cloneableError, describeFailure } from '../store/worker-failure';
import type { WorkerRequest, WorkerResponse } from '../store/worker-protocol';

const port = parentPort!;
const db = open((workerData as { dbPath: string }).dbPath);

port.on('message', async ({ seq, method, params }: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    // the client's first call: answered only once the database above is open and migrated
    if (method === 'opened') {
      port.postMessage({ seq, ok: true, value: null } satisfies WorkerResponse);
      return;
    }
    if (method === 'close') {
      db.close();
      port.postMessage({ seq, ok: true, value: null } satisfies WorkerResponse);
      port.close();
      return;
    }
    const handler = handlerFor(storeHandlers, method);
    if (!handler) throw new Error(`unknown store method ${method}`);
    response = { seq, ok: true, value: await callHandler(handler, db, params) };
  } catch (error) {
    const { reason } = describeFailure(error);
    response = { seq, ok: false, error: { code: errorCode(error), message: error instanceof Error ? error.message : String(error), ...(reason ? { reason } : {}) } };
  }
  port.postMessage(response);
});

/** A database that cannot be opened ends this worker; the client reports why (see StoreClient's 'exit'). */
function open(dbPath: string) {
  try {
    return openDatabase(dbPath);
  } catch (error) {
    throw cloneableError(error);
  }
}
