/**
 * One worker per import (new or resumed) with its own connection: reading, staging and the publish
 * transaction take seconds, and on the service connection they would hold up agents' searches.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../store/open-database';
import { importContacts, resumeImport } from './import-contacts';
import type { RunOptions } from './import-contacts';
import { describeFailure } from '../../store/worker-failure';
import { errorCode } from '../../store/store-errors';
import type { ImportTask, ImportWorkerCommand, ImportWorkerData, ImportWorkerEvent } from '../../store/worker-protocol';

const port = parentPort!;
const { dbPath, task } = workerData as ImportWorkerData;
let cancelled = false;
port.on('message', (command: ImportWorkerCommand) => {
  if (command.type === 'cancel') cancelled = true;
});
const send = (event: ImportWorkerEvent) => port.postMessage(event);

// Opening is inside the try: an uncaught SqliteError would reach the client as `{ code }` only
// (worker errors are cloned, and only built-in Errors keep their message).
let db: Database | undefined;
try {
  db = openDatabase(dbPath, { recoverImports: false });
  const run: RunOptions = { onProgress: (progress) => send({ type: 'progress', progress }), isCancelled: () => cancelled };
  const summary = await runTask(db, task, run);
  send({ type: 'done', summary });
} catch (error) {
  const failure = describeFailure(error);
  send({ type: 'error', code: errorCode(error), failure });
} finally {
  db?.close();
  port.close();
}

function runTask(db: Database, task: ImportTask, run: RunOptions) {
  if (task.kind === 'resume') return resumeImport(db, task.jobId, run);
  const { file, mapping, listName } = task.request;
  return importContacts(db, { file, ...(mapping ? { mapping } : {}), ...(listName ? { listName } : {}), ...run });
}
