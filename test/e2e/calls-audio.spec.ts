// Audio both ways between two Dialdeck agents in the harness, proven by frequency: each agent's page
// runs in its own Chromium whose fake microphone plays its own tone file (A 440 Hz, B 1000 Hz) through
// the app's real getUserMedia path; they call each other through the loopback Kamailio from the dial
// pad, and an FFT of each side's received WebRTC track (collected by an init script, not an app hook)
// must find the other side's tone. Hold must silence both directions and resume bring them back.
//   unshare -n bash -c 'ip link set lo up && npx playwright test test/e2e/calls-audio.spec.ts'
import { expect, test, type Page } from '@playwright/test';
import { HARNESS_PORT } from './harness-env';
import { hear } from './support/page-probes';
import { skipReason } from './support/sip-lab';
import { startTwoAgents, type TwoAgents } from './support/two-agents';
import { within } from '../support/sip/tones';

const reason = skipReason();
if (reason !== undefined) console.warn(`calls-audio.spec.ts skipped: ${reason}`);

const A_HZ = 440;
const B_HZ = 1000;

test.describe('two harness agents hear each other', () => {
  test.describe.configure({ mode: 'serial' });
  test.skip(reason !== undefined, reason);
  let agents: TwoAgents;
  let closeAgents: (() => Promise<void>) | undefined;
  const card = (page: Page) => page.getByTestId('call-card');

  test.beforeAll(async () => {
    test.setTimeout(240_000); // the SIP lab is one at a time: another run may hold it for a while
    agents = await startTwoAgents(HARNESS_PORT - 3, { accounts: [['agent-a', '1001']], toneHz: A_HZ }, { accounts: [['agent-b', '1002']], toneHz: B_HZ }, 'en', (close) => (closeAgents = close));
  });
  test.afterAll(async () => closeAgents?.());

  test('A dials B; each hears the other’s tone; hold silences both ways and resume restores them', async () => {
    test.setTimeout(90_000);
    const { a, b } = agents;
    await expect(a.page.getByTestId('status-account-agent-a')).toContainText('registered', { timeout: 15_000 });
    await expect(b.page.getByTestId('status-account-agent-b')).toContainText('registered', { timeout: 15_000 });

    await a.page.getByTestId('dial-number').fill('1002');
    await a.page.getByTestId('dial-number').press('Enter');
    await expect(card(b.page)).toHaveAttribute('data-state', 'ringing', { timeout: 10_000 });
    await b.page.getByTestId('call-answer').click();
    await expect(card(a.page)).toHaveAttribute('data-state', 'connected', { timeout: 10_000 });
    await expect(card(b.page)).toHaveAttribute('data-state', 'connected', { timeout: 10_000 });
    await a.page.waitForTimeout(1000); // jitter buffers fill

    const [aHears, bHears] = await Promise.all([hear(a.page, [B_HZ, A_HZ]), hear(b.page, [A_HZ, B_HZ])]);
    console.log(`talking: A hears peak ${aHears.peakHz} Hz (${aHears.levels.join('/')} dB at ${B_HZ}/${A_HZ}); B hears peak ${bHears.peakHz} Hz (${bHears.levels.join('/')} dB at ${A_HZ}/${B_HZ})`);
    expect(within(aHears.peakHz, B_HZ), `A hears ${aHears.peakHz} Hz`).toBe(true);
    expect(within(bHears.peakHz, A_HZ), `B hears ${bHears.peakHz} Hz`).toBe(true);

    await a.page.getByTestId('call-hold').click();
    await expect(card(a.page)).toHaveAttribute('data-state', 'held');
    await a.page.waitForTimeout(800);
    const [aHeld, bHeld] = await Promise.all([hear(a.page, [B_HZ]), hear(b.page, [A_HZ])]);
    console.log(`held: A ${aHeld.levels[0]} dB at ${B_HZ}, B ${bHeld.levels[0]} dB at ${A_HZ}`);
    // the held customer hears no agent, and the agent hears nothing of the held customer
    expect(aHeld.levels[0]!, 'A still hears B during hold').toBeLessThan(aHears.levels[0]! - 30);
    expect(bHeld.levels[0]!, 'B still hears A during hold').toBeLessThan(bHears.levels[0]! - 30);

    await a.page.getByTestId('call-hold').click();
    await expect(card(a.page)).toHaveAttribute('data-state', 'connected');
    await a.page.waitForTimeout(1000);
    const [aBack, bBack] = await Promise.all([hear(a.page, [B_HZ]), hear(b.page, [A_HZ])]);
    console.log(`resumed: A peak ${aBack.peakHz} Hz, B peak ${bBack.peakHz} Hz`);
    expect(within(aBack.peakHz, B_HZ), `A hears ${aBack.peakHz} Hz after resume`).toBe(true);
    expect(within(bBack.peakHz, A_HZ), `B hears ${bBack.peakHz} Hz after resume`).toBe(true);

    await a.page.keyboard.press('F6');
    await expect(a.page.getByTestId('no-calls')).toBeVisible({ timeout: 10_000 });
    await expect(b.page.getByTestId('no-calls')).toBeVisible({ timeout: 10_000 });
  });
});
