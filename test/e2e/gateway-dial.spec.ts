// Gateway calls through the dialer UI, end to end: a harness started with --gateways on and a socat PTY
// whose far end is the simulated SIMCom modem. The agent picks the GSM line and dials: the modem must see
// ATD<number>; then the far end rings and answers (SIMCom URCs) and the agent hangs up (AT+CHUP / ATH).
// An incoming RING/+CLIP rings in the UI with the caller's number, Answer sends ATA, and the far end
// hanging up ends the call.
//   unshare -n bash -c 'ip link set lo up && npx playwright test test/e2e/gateway-dial.spec.ts'
import { expect, test, type Page } from '@playwright/test';
import { screenshot } from './app';
import { HARNESS_PORT } from './harness-env';
import { HarnessIpc } from './support/harness-ipc';
import { startSecondHarness, type SecondHarness } from './support/second-harness';
import { kill, socatMissing, startModemSim, startPtyPair, type PtyPair, type RunningSim } from '../support/modem-sim/launch';

const IMEI = '861234567890124';
const LINE = `gsm:${IMEI}`;
const CALLEE = '13800138000';
const CALLER = '13900139000';
const hangupCommand = /^AT(\+CHUP|H0?)$/i;

test.describe('GSM gateway calls from the dialer', () => {
  test.describe.configure({ mode: 'serial' });
  test.skip(socatMissing !== null, socatMissing ?? '');
  let pair: PtyPair | undefined;
  let sim: RunningSim | undefined;
  let harness: SecondHarness | undefined;
  let page: Page;
  const card = () => page.getByTestId('call-card');
  /** what the driver wrote since `index`, e.g. since the dial */
  const writtenSince = (index: number) => sim!.written.slice(index);

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    pair = await startPtyPair();
    sim = await startModemSim(pair.device, IMEI, 'simcom');
    harness = await startSecondHarness(HARNESS_PORT - 5, { serialPorts: [pair.host] });
    const ipc = await HarnessIpc.open(harness.port, harness.token);
    try {
      await ipc.call('settings:update', { ui: { setupCompleted: true, language: 'en' } });
    } finally {
      ipc.close();
    }
    page = await (await browser.newContext()).newPage();
    page.on('pageerror', (error) => console.error(`[gateway page] ${error.message}`));
    await page.goto(harness.url);
    await page.getByTestId('harness-badge').waitFor();
  });

  test.afterAll(async () => {
    // every step runs even when one fails: nothing may outlive the spec
    await page?.context().close().catch(() => undefined);
    await harness?.stop().catch(() => undefined);
    if (sim) await kill(sim.process).catch(() => undefined);
    if (pair) await kill(pair.process).catch(() => undefined);
  });

  test('dial on the GSM line: ATD, the far end rings and answers, the agent hangs up (AT+CHUP)', async () => {
    test.setTimeout(90_000);
    const line = page.getByTestId(`line-${LINE}`);
    await expect(line).toBeVisible({ timeout: 30_000 });
    await expect(line.getByRole('radio')).toBeEnabled({ timeout: 30_000 });
    await line.getByRole('radio').check();

    const before = sim!.written.length;
    await page.getByTestId('dial-number').fill(CALLEE);
    await page.getByTestId('dial-number').press('Enter');
    await expect.poll(() => writtenSince(before), { timeout: 10_000 }).toContain(`ATD${CALLEE};`);
    await expect(card()).toHaveAttribute('data-state', 'dialing');
    await expect(page.getByTestId('call-number')).toContainText(CALLEE);

    sim!.send(`write ${JSON.stringify('\r\nMO RING\r\n')}`); // SIMCom: the far end is alerting
    await expect(card()).toHaveAttribute('data-state', 'early', { timeout: 10_000 });
    sim!.send(`write ${JSON.stringify('\r\nVOICE CALL: BEGIN\r\n')}`); // and answers
    await expect(card()).toHaveAttribute('data-state', 'connected', { timeout: 10_000 });
    await screenshot(page, 'gateway-dial-connected-en');

    const dialIndex = sim!.written.indexOf(`ATD${CALLEE};`);
    await page.getByTestId('call-hangup').click();
    await expect.poll(() => writtenSince(dialIndex), { timeout: 10_000 }).toContainEqual(expect.stringMatching(hangupCommand));
    await expect(page.getByTestId('no-calls')).toBeVisible({ timeout: 10_000 });
    await expect(page.getByTestId('last-call')).toContainText(CALLEE);
    // dialled exactly once, and the call log was written (a failure would be explained here)
    expect(sim!.written.filter((w) => w.startsWith('ATD'))).toEqual([`ATD${CALLEE};`]);
    await expect(page.getByTestId('dial-problem')).toBeEmpty();
  });

  test('an incoming RING/+CLIP rings with the caller’s number; Answer sends ATA; the far end hangs up', async () => {
    test.setTimeout(60_000);
    const before = sim!.written.length;
    sim!.send(`ring ${CALLER}`);
    await expect(card()).toHaveAttribute('data-state', 'ringing', { timeout: 10_000 });
    await expect(page.getByTestId('call-number')).toContainText(CALLER, { timeout: 10_000 });
    await screenshot(page, 'gateway-ringing-en');

    await page.getByTestId('call-answer').click();
    await expect.poll(() => writtenSince(before), { timeout: 10_000 }).toContain('ATA');
    await expect(card()).toHaveAttribute('data-state', 'connected', { timeout: 10_000 });

    sim!.send('hangup');
    await expect(page.getByTestId('no-calls')).toBeVisible({ timeout: 10_000 });
    await expect(page.getByTestId('last-call')).toContainText(CALLER);
    expect(writtenSince(before).filter((w) => hangupCommand.test(w))).toEqual([]); // the far end ended it, not us
    expect(writtenSince(before).filter((w) => w === 'ATA')).toHaveLength(1);
  });
});
