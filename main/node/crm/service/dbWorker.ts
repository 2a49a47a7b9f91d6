/** Worker thread owning the service connection, so SQLite never blocks the Electron main thread. */
import { parentPort, workerData } from 'node:worker_threads';
import { openCrmDatabase } from '../db/openCrmDatabase';
import { crmHandlers } from './crmHandlers';
import type { CrmMethod } from './crmHandlers';
import { errorCode } from './errorCode';
import { cloneableError } from '../workerFailure';
import type { WorkerRequest, WorkerResponse } from './crmProtocol';

const port = parentPort!;
const db = open((workerData as { dbPath: string }).dbPath);
const handlers = crmHandlers(db);

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
    const handler = handlers[method as CrmMethod] as ((p: unknown) => unknown) | undefined;
    if (!handler) throw new Error(`unknown CRM method ${method}`);
    response = { seq, ok: true, value: await handler(params) };
  } catch (error) {
    response = { seq, ok: false, error: { code: errorCode(error), message: error instanceof Error ? error.message : String(error) } };
  }
  port.postMessage(response);
});

/** A database that cannot be opened ends this worker; the client reports why (see CrmClient's 'exit'). */
function open(dbPath: string) {
  try {
    return openCrmDatabase(dbPath);
  } catch (error) {
    throw cloneableError(error);
  }
}
