import type { Worker } from 'node:worker_threads';
import { ImportInputError } from '../../store/store-errors';
import type { FromParser, ParseStart, ParseWorkerData, StagedBatch, ToParser } from './parse-protocol';
import { spawnParseWorker } from './spawn-parse-worker';
import { WorkerFailure, workerExit } from '../../store/worker-failure';

type Event = FromParser | { type: 'crash'; error: Error };

/** Starts the parse worker of one import; tests pass one that fails on purpose. */
export type SpawnParser = (workerData: ParseWorkerData) => Promise<Worker>;

const WHAT = 'import parse worker';

/** The writer's side of a parse worker: headers first, then staged batches, acknowledged once committed. */
export class ParserThread {
  private readonly queue: Event[] = [];
  private wake: (() => void) | undefined;
  private finished = false;
  /** What the worker emitted as 'error'; reported with its exit code when 'exit' follows. */
  private failed: { error: unknown } | undefined;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (message: FromParser) => this.push(message));
    worker.on('error', (error: unknown) => (this.failed = { error }));
    worker.on('exit', (code) => this.push({ type: 'crash', error: workerExit(WHAT, code, this.failed) }));
  }

  /** Starts the worker on `file`; resolves once it has read the header row. */
  static async open(file: string, spawn: SpawnParser = spawnParseWorker): Promise<{ parser: ParserThread; headers: string[] }> {
    const parser = new ParserThread(await spawn({ file }));
    try {
      const first = await parser.next();
      if (first.type !== 'opened') throw new Error(`${WHAT} sent ${first.type} before the headers`);
      return { parser, headers: first.headers };
    } catch (error) {
      await parser.close();
      throw error;
    }
  }

  start(start: Omit<ParseStart, 'type'>): void {
    this.post({ type: 'start', ...start });
  }

  /** Each batch is acknowledged when the consumer asks for the next one, i.e. after committing it. */
  async *batches(): AsyncGenerator<StagedBatch> {
    for (;;) {
      const event = await this.next();
      if (event.type === 'done') return;
      if (event.type !== 'batch') throw new Error(`${WHAT} sent ${event.type} mid-import`);
      yield event.batch;
      this.post({ type: 'ack' });
    }
  }

  async close(): Promise<void> {
    this.finished = true;
    await this.worker.terminate();
  }

  private post(message: ToParser): void {
    this.worker.postMessage(message);
  }

  private push(event: Event): void {
    if (this.finished) return;
    this.queue.push(event);
    this.wake?.();
  }

  private async next(): Promise<FromParser> {
    while (this.queue.length === 0) await new Promise<void>((resolve) => (this.wake = resolve));
    const event = this.queue.shift()!;
    if (event.type === 'crash') throw event.error;
    if (event.type === 'error') {
      throw event.input ? new ImportInputError(event.failure.message, event.failure.reason) : new WorkerFailure(WHAT, event.failure);
    }
    return event;
  }
}
