/**
 * The parse worker of one import: opens the file, sends the headers, then streams staged batches
 * to the writer, never more than MAX_IN_FLIGHT ahead of its commits (memory stays bounded when
 * SQLite is the slower side).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openTable } from './open-table';
import { ImportInputError } from '../../store/store-errors';
import { describeFailure } from '../../store/worker-failure';
import { stageRows } from './stage-rows';
import type { FromParser, ParseStart, ParseWorkerData, ToParser } from './parse-protocol';

const MAX_IN_FLIGHT = 2;

const port = parentPort!;
const send = (message: FromParser) => port.postMessage(message);

let start: ((message: ParseStart) => void) | undefined;
const started = new Promise<ParseStart>((resolve) => (start = resolve));
let inFlight = 0;
let wake: (() => void) | undefined;
port.on('message', (message: ToParser) => {
  if (message.type === 'start') start?.(message);
  else {
    inFlight--;
    wake?.();
  }
});

async function run(): Promise<void> {
  const table = await openTable((workerData as ParseWorkerData).file);
  try {
    send({ type: 'opened', headers: table.headers });
    for await (const batch of stageRows(table, await started)) {
      while (inFlight >= MAX_IN_FLIGHT) await new Promise<void>((resolve) => (wake = resolve));
      inFlight++;
      send({ type: 'batch', batch });
    }
    send({ type: 'done' });
  } finally {
    table.close();
  }
}

run().catch((error: unknown) => {
  send({ type: 'error', input: error instanceof ImportInputError, failure: describeFailure(error) });
});
