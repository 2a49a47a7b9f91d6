// Two Dialdeck agents for call specs: the run's harness (A) and a second harness process (B) on the
// SIP lab's loopback Kamailio, each page in its own Chromium so each can have its own fake microphone
// (a tone file). close() undoes everything, each step even when another fails.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../support/chromium';
import { writeToneWav } from '../../support/sip/tone-wav';
import { HARNESS_PORT, HARNESS_TOKEN } from '../harness-env';
import { clearSipAccounts, HarnessIpc, setLanguage, useSipAccounts } from './harness-ipc';
import { instrument } from './page-probes';
import { startSecondHarness, type SecondHarness } from './second-harness';
import { startKamailioLab } from './sip-lab';

export interface AgentSpec {
  readonly accounts: ReadonlyArray<readonly [id: string, user: string]>;
  /** the fake microphone plays this tone (Hz); Chromium's default beep otherwise */
  readonly toneHz?: number;
  readonly permissions?: readonly string[];
  /** the page reports it has no focus, as when the agent works in another window */
  readonly unfocused?: boolean;
}

export interface TwoAgents {
  readonly a: { page: Page; ipc: HarnessIpc };
  readonly b: { page: Page; ipc: HarnessIpc };
  close(): Promise<void>;
}

async function openAgent(url: string, who: string, spec: AgentSpec, dir: string, browsers: Browser[]): Promise<Page> {
  const tone = spec.toneHz === undefined ? [] : [`--use-file-for-fake-audio-capture=${writeToneWav(join(dir, `${who}-${spec.toneHz}.wav`), spec.toneHz)}`];
  // headless=new: the old headless mode has no audio output clock, so WebAudio would not run
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: false, args: ['--headless=new', ...chromiumArgs, ...tone] });
  browsers.push(browser);
  const context: BrowserContext = await browser.newContext({ permissions: ['microphone', ...(spec.permissions ?? [])] });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[${who}] ${error.message}`));
  await instrument(page, { unfocused: spec.unfocused ?? false });
  await page.goto(url);
  await page.getByTestId('harness-badge').waitFor();
  return page;
}

/**
 * `secondPort` must differ from other specs' second harnesses (dialer: -1, wizard: -2). `onClose` gets
 * the teardown at once, so an afterAll can run it even when beforeAll timed out half-way (e.g. waiting
 * for the lab lock); whatever starts after that is stopped again.
 */
export async function startTwoAgents(
  secondPort: number,
  a: AgentSpec,
  b: AgentSpec,
  language: 'en' | 'zh-CN' = 'en',
  onClose?: (close: () => Promise<void>) => void,
): Promise<TwoAgents> {
  const dir = mkdtempSync(join(tmpdir(), 'dialdeck-e2e-agents-'));
  const browsers: Browser[] = [];
  let stopLab: (() => Promise<void>) | undefined;
  let second: SecondHarness | undefined;
  let ipcA: HarnessIpc | undefined;
  let ipcB: HarnessIpc | undefined;
  let closed = false;
  const close = async (): Promise<void> => {
    closed = true;
    const steps = [
      () => ipcA && clearSipAccounts(ipcA),
      () => ipcA?.close(),
      () => ipcB?.close(),
      ...browsers.map((browser) => () => browser.close()),
      () => second?.stop(),
      () => stopLab?.(),
      () => rmSync(dir, { recursive: true, force: true }),
    ];
    for (const step of steps) await Promise.resolve().then(step).catch((error: unknown) => console.error('two agents teardown:', error));
  };
  onClose?.(close);
  const notClosed = (): void => {
    if (closed) throw new Error('two agents: closed while starting');
  };
  try {
    stopLab = await startKamailioLab();
    notClosed();
    second = await startSecondHarness(secondPort);
    notClosed();
    [ipcA, ipcB] = await Promise.all([HarnessIpc.open(HARNESS_PORT, HARNESS_TOKEN), HarnessIpc.open(second.port, second.token)]);
    await useSipAccounts(ipcA, a.accounts);
    await useSipAccounts(ipcB, b.accounts);
    const pageA = await openAgent(`http://127.0.0.1:${HARNESS_PORT}/#token=${HARNESS_TOKEN}`, 'A', a, dir, browsers);
    const pageB = await openAgent(second.url, 'B', b, dir, browsers);
    // only once the pages are open: a ui patch resets setupCompleted (the patch schema fills defaults)
    await Promise.all([setLanguage(ipcA, language), setLanguage(ipcB, language)]);
    for (const page of [pageA, pageB]) await page.waitForFunction((l) => document.documentElement.lang === l, language);
    return { a: { page: pageA, ipc: ipcA }, b: { page: pageB, ipc: ipcB }, close };
  } catch (error) {
    await close();
    throw error;
  }
}
