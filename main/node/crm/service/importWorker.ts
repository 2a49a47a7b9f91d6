/**
 * One worker per import with its own connection: the import transaction stays open for the whole
 * file, and sharing the service connection would put agents' edits inside it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { StartImportRequest } from '../../../../common/crm';
import { openCrmDatabase } from '../db/openCrmDatabase';
import { importContacts } from '../import/importContacts';
import { errorCode } from './errorCode';
import type { ImportWorkerCommand, ImportWorkerEvent } from './crmProtocol';

const port = parentPort!;
const { dbPath, request } = workerData as { dbPath: string; request: StartImportRequest };
let cancelled = false;
port.on('message', (command: ImportWorkerCommand) => {
  if (command.type === 'cancel') cancelled = true;
});
const send = (event: ImportWorkerEvent) => port.postMessage(event);

const db = openCrmDatabase(dbPath, { recoverImports: false });
try {
  const summary = await importContacts(db, {
    file: request.file,
    ...(request.mapping ? { mapping: request.mapping } : {}),
    ...(request.listName ? { listName: request.listName } : {}),
    onProgress: (progress) => send({ type: 'progress', progress }),
    isCancelled: () => cancelled,
  });
  send({ type: 'done', summary });
} catch (error) {
  send({ type: 'error', code: errorCode(error), message: error instanceof Error ? error.message : String(error) });
} finally {
  db.close();
  port.close();
}
