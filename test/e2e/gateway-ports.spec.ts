// The gateway port policy from the installer's side, end to end: Settings lists the serial ports with
// what the gateway service does with each, and "Never open" / "Allow again" reach the devices process
// through settings. The socat PTY is named at start-up (--serial-port), as an installer would name an
// adapter the OS does not list, so it is probed until it is disabled; once disabled it gets no byte more.
//   unshare -n bash -c 'ip link set lo up && npx playwright test test/e2e/gateway-ports.spec.ts'
import { expect, test, type Page } from '@playwright/test';
import type { DevicesStatus } from '../../common/ipc/schemas';
import type { Settings } from '../../common/settings/settings-schema';
import { screenshot } from './app';
import { HARNESS_PORT } from './harness-env';
import { HarnessIpc } from './support/harness-ipc';
import { startSecondHarness, type SecondHarness } from './support/second-harness';
import { kill, socatMissing, startModemSim, startPtyPair, type PtyPair, type RunningSim } from '../support/modem-sim/launch';

const IMEI = '861234567890125';
const LINE = `gsm:${IMEI}`;

test.describe('gateway serial ports in Settings', () => {
  test.skip(socatMissing !== null, socatMissing ?? '');
  let pair: PtyPair | undefined;
  let sim: RunningSim | undefined;
  let harness: SecondHarness | undefined;
  let ipc: HarnessIpc | undefined;
  let page: Page;
  const lineState = async () => (await ipc!.call<DevicesStatus>('devices:status', {})).gatewayLines.find((l) => l.id === LINE)?.state;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    pair = await startPtyPair();
    sim = await startModemSim(pair.device, IMEI, 'simcom');
    harness = await startSecondHarness(HARNESS_PORT - 13, { serialPorts: [pair.host] });
    ipc = await HarnessIpc.open(harness.port, harness.token);
    await ipc.call('settings:update', { ui: { setupCompleted: true, language: 'en' } });
    page = await (await browser.newContext()).newPage();
    page.on('pageerror', (error) => console.error(`[gateway-ports page] ${error.message}`));
    await page.goto(harness.url);
    await page.getByTestId('harness-badge').waitFor();
  });

  test.afterAll(async () => {
    ipc?.close();
    await page?.context().close().catch(() => undefined);
    await harness?.stop().catch(() => undefined);
    if (sim) await kill(sim.process).catch(() => undefined);
    if (pair) await kill(pair.process).catch(() => undefined);
  });

  test('a named port is probed; "Never open" takes its line offline and silences it; "Allow again" brings it back', async () => {
    test.setTimeout(90_000);
    await page.getByTestId('nav-settings').click();
    const port = page.getByTestId(`serial-port-${pair!.host}`);
    await expect(port).toHaveAttribute('data-probe', 'named', { timeout: 30_000 });
    await expect(port.getByTestId('serial-port-status')).toContainText('named at start-up');
    await expect.poll(lineState, { timeout: 30_000 }).toBe('online');
    await port.scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-gateway-ports-en');

    await port.getByTestId('serial-port-disable').click();
    await expect(port).toHaveAttribute('data-probe', 'disabled', { timeout: 10_000 });
    await expect.poll(lineState, { timeout: 10_000 }).toBe('offline');
    const settings = await ipc!.call<Settings>('settings:get', {});
    expect(settings.gateways).toEqual({ enabledPorts: [], disabledPorts: [pair!.host] });
    const written = sim!.written.length;
    await page.waitForTimeout(3_000); // three poll rounds: a disabled port is not probed again
    expect(sim!.written.slice(written)).toEqual([]);

    await port.getByTestId('serial-port-allow').click();
    await expect(port).toHaveAttribute('data-probe', 'named', { timeout: 10_000 });
    await expect.poll(lineState, { timeout: 30_000 }).toBe('online');
    expect((await ipc!.call<Settings>('settings:get', {})).gateways).toEqual({ enabledPorts: [], disabledPorts: [] });
  });
});
