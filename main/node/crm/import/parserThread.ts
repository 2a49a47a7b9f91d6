import type { Worker } from 'node:worker_threads';
import { ImportInputError } from './importErrors';
import type { FromParser, ParseStart, StagedBatch, ToParser } from './parseProtocol';
import { spawnParseWorker } from './spawnParseWorker';

type Event = FromParser | { type: 'crash'; error: Error };

/** The writer's side of a parse worker: headers first, then staged batches, acknowledged once committed. */
export class ParserThread {
  private readonly queue: Event[] = [];
  private wake: (() => void) | undefined;
  private finished = false;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (message: FromParser) => this.push(message));
    worker.on('error', (error) => this.push({ type: 'crash', error }));
    worker.on('exit', (code) => this.push({ type: 'crash', error: new Error(`import parse worker exited (${code})`) }));
  }

  /** Starts the worker on `file`; resolves once it has read the header row. */
  static async open(file: string): Promise<{ parser: ParserThread; headers: string[] }> {
    const parser = new ParserThread(await spawnParseWorker({ file }));
    try {
      const first = await parser.next();
      if (first.type !== 'opened') throw new Error(`import parse worker sent ${first.type} before the headers`);
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
      if (event.type !== 'batch') throw new Error(`import parse worker sent ${event.type} mid-import`);
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
    if (event.type === 'error') throw event.input ? new ImportInputError(event.message) : new Error(event.message);
    return event;
  }
}
