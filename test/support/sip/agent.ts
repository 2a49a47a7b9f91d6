// Node-side handle on one agent's page: thin typed wrappers over window.lab (see page.ts).
import type { Page } from '@playwright/test';
import type { CallView, EngineSnapshot } from '../../../renderer/src/telephony';
import type { LabStartOptions } from './page';

type CallState = CallView['state'];

export class Agent {
  constructor(
    readonly user: string,
    readonly page: Page,
  ) {}

  start(options: LabStartOptions): Promise<void> {
    return this.page.evaluate((o) => window.lab.start(o), options);
  }

  snapshot(): Promise<EngineSnapshot> {
    return this.page.evaluate(() => window.lab.snapshot());
  }

  async waitForRegistration(state: 'registered' | 'unregistered' | 'failed', timeoutMs = 5000): Promise<void> {
    await this.page.waitForFunction((s) => window.lab.snapshot().accounts[0]?.registration === s, state, { timeout: timeoutMs });
  }

  /** Waits until some call (or the call `id`) is in `state`, and returns it. */
  async waitForCall(state: CallState, id?: string, timeoutMs = 8000): Promise<CallView> {
    const handle = await this.page.waitForFunction(
      ([s, callId]) => window.lab.snapshot().calls.find((c) => c.state === s && (callId === undefined || c.id === callId)),
      [state, id] as const,
      { timeout: timeoutMs, polling: 10 },
    );
    return (await handle.jsonValue()) as CallView;
  }

  call(target: string): Promise<string> {
    return this.page.evaluate((t) => window.lab.engine.call(t), target);
  }

  answer(id: string): Promise<void> {
    return this.page.evaluate((c) => window.lab.engine.answer(c), id);
  }

  hangup(id: string): Promise<void> {
    return this.page.evaluate((c) => window.lab.engine.hangup(c), id);
  }

  hold(id: string, on: boolean): Promise<void> {
    return this.page.evaluate(([c, h]) => (h ? window.lab.engine.hold(c) : window.lab.engine.unhold(c)), [id, on] as const);
  }

  peakFrequency(id: string): Promise<{ hz: number; db: number }> {
    return this.page.evaluate((c) => window.lab.peakFrequency(c), id);
  }

  /** Bytes received during `ms` milliseconds. */
  async inboundRate(id: string, ms = 600): Promise<number> {
    const before = await this.page.evaluate((c) => window.lab.inboundBytes(c), id);
    await this.page.waitForTimeout(ms);
    return (await this.page.evaluate((c) => window.lab.inboundBytes(c), id)) - before;
  }
}
