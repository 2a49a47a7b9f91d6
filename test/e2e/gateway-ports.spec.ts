// The gateway port policy from the installer's side, end to end: Settings lists the serial ports with
// what the gateway service does with each, and "Never open" / "Allow again" reach the devices process
// through settings. The socat PTY is named at start-up (--serial-port), as an installer would name an
// adapter the OS does not list, so it is probed until it is disabled; once disabled it gets no byte more.
// A voice modem's audio port (two PTYs listed as one SIM7600 through --serial-listing) reads as the audio
// port of its AT port's modem and never gets a byte.
//   unshare -n bash -c 'ip link set lo up && npx playwright test test/e2e/gateway-ports.spec.ts'
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

test.describe('a voice modem’s audio port in Settings', () => {
  test.skip(socatMissing !== null, socatMissing ?? '');
  const AT_IMEI = '861234567890126';
  const AUDIO_IMEI = '861234567890127';
  const ptys: PtyPair[] = [];
  const sims: RunningSim[] = [];
  let harness: SecondHarness | undefined;
  let ipc: HarnessIpc | undefined;
  let page: Page;
  let at: PtyPair;
  let audio: PtyPair;
  let audioSim: RunningSim;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    at = await startPtyPair();
    audio = await startPtyPair();
    ptys.push(at, audio);
    sims.push(await startModemSim(at.device, AT_IMEI, 'simcom'));
    // a modem simulator behind the audio port too: were it probed, it would answer and show up as a line
    audioSim = await startModemSim(audio.device, AUDIO_IMEI, 'simcom');
    sims.push(audioSim);
    // the two PTYs listed as one SIM7600's AT (if02) and audio (if04) interfaces
    const usb = { manufacturer: 'SimTech, Incorporated', vendorId: '1e0e', productId: '9001', serialNumber: '0123456789ABCDEF' };
    const listing = [
      { ...usb, path: at.host, pnpId: 'usb-SimTech__Incorporated_SimTech__Incorporated_0123456789ABCDEF-if02-port0' },
      { ...usb, path: audio.host, pnpId: 'usb-SimTech__Incorporated_SimTech__Incorporated_0123456789ABCDEF-if04-port0' },
    ];
    const file = join(mkdtempSync(join(tmpdir(), 'dialdeck-listing-')), 'ports.json');
    writeFileSync(file, JSON.stringify(listing));
    harness = await startSecondHarness(HARNESS_PORT - 23, { serialListing: file });
    ipc = await HarnessIpc.open(harness.port, harness.token);
    await ipc.call('settings:update', { ui: { setupCompleted: true, language: 'en' } });
    page = await (await browser.newContext()).newPage();
    page.on('pageerror', (error) => console.error(`[gateway-ports audio page] ${error.message}`));
    await page.goto(harness.url);
    await page.getByTestId('harness-badge').waitFor();
  });

  test.afterAll(async () => {
    ipc?.close();
    await page?.context().close().catch(() => undefined);
    await harness?.stop().catch(() => undefined);
    for (const sim of sims) await kill(sim.process).catch(() => undefined);
    for (const pty of ptys) await kill(pty.process).catch(() => undefined);
  });

  test('the audio port names its modem’s AT port, offers no probe action and gets no byte; the AT port comes online', async () => {
    test.setTimeout(90_000);
    const lineState = async (imei: string) => (await ipc!.call<DevicesStatus>('devices:status', {})).gatewayLines.find((l) => l.id === `gsm:${imei}`)?.state;
    await page.getByTestId('nav-settings').click();
    const audioRow = page.getByTestId(`serial-port-${audio.host}`);
    await expect(audioRow).toHaveAttribute('data-probe', 'audio', { timeout: 30_000 });
    await expect(audioRow.getByTestId('serial-port-status')).toHaveText(`· Audio port (of the modem on ${at.host})`);
    await expect(audioRow.getByRole('button')).toHaveCount(0);
    await expect(page.getByTestId(`serial-port-${at.host}`)).toHaveAttribute('data-probe', 'modem');
    await expect.poll(() => lineState(AT_IMEI), { timeout: 30_000 }).toBe('online');
    await audioRow.scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-gateway-audio-port-en');

    await ipc!.call('settings:update', { ui: { language: 'zh-CN' } });
    await expect(audioRow.getByTestId('serial-port-status')).toHaveText(`· 语音端口（属于 ${at.host} 的调制解调器）`);
    expect(audioSim.written).toEqual([]);
    expect(await lineState(AUDIO_IMEI)).toBeUndefined();
  });
});
