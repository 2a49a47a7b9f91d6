// The whole loopback lab for one test file: Kamailio (+ rtpengine when asked), the test page
// and Chromium, with agents registered on demand. close() stops everything it started, in
// reverse order, even when a start step failed half-way.
import type { Browser, Page } from '@playwright/test';
import { Agent } from './agent';
import { launchChromium } from './browser';
import type { Daemon } from './daemon';
import { sipDomain, sipWebSocketUrl, startKamailio } from './kamailio';
import { acquireLabLock } from './lab-lock';
import { buildTestPage, servePage, type PageServer } from './page-bundle';
import type { CarrierScript } from './carrier-far-end';
import type { LabStartOptions } from './page';
import { startRtpengine } from './rtpengine';

/** Allowed by the lab page's CSP, but nothing listens there: the kernel refuses the connection. */
export const refusingWebSocketUrl = 'ws://127.0.0.1:8090/ws';

export class SipLab {
  private kamailio: Daemon | undefined;
  private rtpengine: Daemon | undefined;
  private server: PageServer | undefined;
  private browser: Browser | undefined;
  private releaseLock: (() => void) | undefined;

  private constructor(private readonly withRtpengine: boolean) {}

  static async start(options: { rtpengine?: boolean } = {}): Promise<SipLab> {
    const lab = new SipLab(options.rtpengine ?? false);
    lab.releaseLock = await acquireLabLock();
    try {
      if (lab.withRtpengine) lab.rtpengine = await startRtpengine();
      lab.kamailio = await startKamailio({ rtpengine: lab.withRtpengine });
      lab.server = await servePage(await buildTestPage(), { connectSrc: [sipWebSocketUrl, new URL(refusingWebSocketUrl).origin] });
      lab.browser = await launchChromium();
      return lab;
    } catch (error) {
      await lab.close();
      throw error;
    }
  }

  /** Opens a page for `user`, sending a `toneHz` sine, and waits until its registration is `expect`. */
  async agent(
    user: string,
    toneHz: number,
    options: Partial<LabStartOptions> = {},
    expect: 'registered' | 'unregistered' | 'failed' = 'registered',
  ): Promise<Agent> {
    if (this.browser === undefined || this.server === undefined) throw new Error('lab not started');
    const context = await this.browser.newContext();
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`[${user}] ${error.message}`));
    await page.goto(`${this.server.url}?user=${user}`);
    const agent = new Agent(user, page);
    await agent.start({ user, toneHz, server: sipWebSocketUrl, domain: sipDomain, ...options });
    await agent.waitForRegistration(expect);
    return agent;
  }

  /** Opens a page that plays a carrier for `user` (183 + tones, then maybe a refusal); see carrier-far-end.ts. */
  async carrier(script: Omit<CarrierScript, 'server' | 'domain'>): Promise<Page> {
    if (this.browser === undefined || this.server === undefined) throw new Error('lab not started');
    const page = await (await this.browser.newContext()).newPage();
    page.on('pageerror', (error) => console.error(`[carrier ${script.user}] ${error.message}`));
    await page.goto(`${this.server.url}?user=${script.user}`);
    await page.evaluate((s) => window.lab.startCarrier(s), { ...script, server: sipWebSocketUrl, domain: sipDomain });
    return page;
  }

  async stopKamailio(): Promise<void> {
    await this.kamailio?.stop();
    this.kamailio = undefined;
  }

  async startKamailio(): Promise<void> {
    this.kamailio = await startKamailio({ rtpengine: this.withRtpengine });
  }

  kamailioOutput(): string {
    return this.kamailio?.output() ?? '';
  }

  async close(): Promise<void> {
    const steps = [
      () => this.browser?.close(),
      () => this.server?.close(),
      () => this.kamailio?.stop(),
      () => this.rtpengine?.stop(),
      () => this.releaseLock?.(),
    ];
    for (const step of steps) await Promise.resolve(step()).catch((error: unknown) => console.error('sip lab teardown:', error));
  }
}
