// An incoming call rings the agent: a desktop notification naming the caller (when the window is not in
// front and notifications are allowed) and the ringtone looping on every chosen ringer output at once;
// both stop when the agent answers or rejects. Observed from outside the app with an init script that
// wraps Notification and HTMLMediaElement.play/pause/setSinkId; the call is real (B calls A through Kamailio).
//   unshare -n bash -c 'ip link set lo up && npx playwright test test/e2e/ring.spec.ts'
import { expect, test, type Page } from '@playwright/test';
import { HARNESS_PORT } from './harness-env';
import { probeOf } from './support/page-probes';
import { setLanguage } from './support/harness-ipc';
import { skipReason } from './support/sip-lab';
import { startTwoAgents, type TwoAgents } from './support/two-agents';

const reason = skipReason();
if (reason !== undefined) console.warn(`ring.spec.ts skipped: ${reason}`);

/** The ringer's elements: looping blob: audio (a call's far-end audio is a srcObject, never looped). */
async function ringer(page: Page) {
  const { media } = await probeOf(page);
  const ringing = media.filter((m) => m.loop && m.src.startsWith('blob:'));
  const ids = [...new Set(ringing.map((m) => m.id))];
  return ids.map((id) => {
    const events = ringing.filter((m) => m.id === id);
    return { id, sinks: events.filter((e) => e.event === 'setSinkId').map((e) => e.sinkId), played: events.some((e) => e.event === 'play'), stopped: events.at(-1)?.event === 'pause' };
  });
}

test.describe('incoming calls ring with a notification and a ringtone on the chosen outputs', () => {
  test.describe.configure({ mode: 'serial' });
  test.skip(reason !== undefined, reason);
  let agents: TwoAgents;
  let closeAgents: (() => Promise<void>) | undefined;
  const card = (page: Page) => page.getByTestId('call-card');

  test.beforeAll(async () => {
    test.setTimeout(240_000); // the SIP lab is one at a time: another run may hold it for a while
    agents = await startTwoAgents(
      HARNESS_PORT - 4,
      { accounts: [['agent-a', '1001']], permissions: ['notifications'], unfocused: true },
      { accounts: [['agent-b', '1002']] },
      'en',
      (close) => (closeAgents = close),
    );
    // ring on the default output and on a second one (e.g. the desk speaker next to the headset)
    await agents.a.ipc.call('settings:update', { audio: { ringerIds: ['default', 'desk-speaker'] } });
  });
  test.afterAll(async () => {
    // the next specs share this harness: ring on the default output again
    await agents?.a.ipc.call('settings:update', { audio: { ringerIds: ['default'] } }).catch((error: unknown) => console.error('ring.spec teardown:', error));
    await closeAgents?.();
  });

  async function call(): Promise<void> {
    const { a, b } = agents;
    await expect(a.page.getByTestId('status-account-agent-a')).toContainText(/registered|已注册/, { timeout: 15_000 });
    await expect(b.page.getByTestId('status-account-agent-b')).toContainText(/registered|已注册/, { timeout: 15_000 });
    await b.page.getByTestId('dial-number').fill('1001');
    await b.page.getByTestId('dial-number').press('Enter');
    await expect(card(a.page)).toHaveAttribute('data-state', 'ringing', { timeout: 10_000 });
  }

  test('en: the notification names the caller, the ringtone loops on both outputs, and answering stops it', async () => {
    const { a, b } = agents;
    await call();
    await expect.poll(async () => (await probeOf(a.page)).notifications.length, { timeout: 5_000 }).toBe(1);
    const [note] = (await probeOf(a.page)).notifications;
    expect(note!.title).toBe('Incoming call');
    expect(note!.body).toBe('Agent 1002 <1002>');

    await expect.poll(async () => (await ringer(a.page)).length, { timeout: 5_000 }).toBe(2);
    const ringing = await ringer(a.page);
    expect(ringing.map((r) => r.sinks).sort()).toEqual([[''], ['desk-speaker']]);
    expect(ringing.every((r) => r.played && !r.stopped)).toBe(true);

    await a.page.getByTestId('call-answer').click();
    await expect(card(a.page)).toHaveAttribute('data-state', 'connected', { timeout: 10_000 });
    await expect.poll(async () => (await ringer(a.page)).every((r) => r.stopped), { timeout: 5_000 }).toBe(true);
    expect(await ringer(a.page)).toHaveLength(2); // answering started no new ring
    await a.page.keyboard.press('F6');
    await expect(b.page.getByTestId('no-calls')).toBeVisible({ timeout: 10_000 });
  });

  test('zh-CN: a second call rings again with a Chinese notification; rejecting it stops the ring', async () => {
    const { a, b } = agents;
    await setLanguage(a.ipc, 'zh-CN');
    await a.page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await call();
    await expect.poll(async () => (await probeOf(a.page)).notifications.length, { timeout: 5_000 }).toBe(2);
    expect((await probeOf(a.page)).notifications[1]).toMatchObject({ title: '来电', body: 'Agent 1002 <1002>' });
    await expect.poll(async () => (await ringer(a.page)).filter((r) => !r.stopped).length, { timeout: 5_000 }).toBe(2);

    await a.page.keyboard.press('Shift+F6'); // reject
    await expect(a.page.getByTestId('no-calls')).toBeVisible({ timeout: 10_000 });
    await expect.poll(async () => (await ringer(a.page)).every((r) => r.stopped), { timeout: 5_000 }).toBe(true);
    await expect(b.page.getByTestId('no-calls')).toBeVisible({ timeout: 10_000 });
  });

  test('a ringer output that is not plugged in shows as not connected in Settings, and unticking it stops using it', async () => {
    const { a } = agents;
    await a.page.getByTestId('nav-settings').click();
    const missing = a.page.getByTestId('ringer-missing');
    await expect(missing).toHaveCount(1); // 'desk-speaker' is not one of Chromium's fake outputs
    await expect(missing).toContainText('当前未连接');
    await missing.locator('input').click(); // controlled: it goes once the settings are saved
    await expect(missing).toHaveCount(0);
    await expect.poll(async () => (await a.ipc.call<{ audio: { ringerIds: string[] } }>('settings:get', {})).audio.ringerIds).toEqual(['default']);
  });
});
