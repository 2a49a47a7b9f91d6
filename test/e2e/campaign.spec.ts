// Campaign dialing end to end: a list imported through the Contacts wizard, a campaign made in the
// editor, a preview session against real SIP far ends (the sipp callee farm behind the loopback
// Kamailio, rtpengine bridging WebRTC to plain RTP), a lead put on the DNC list while on screen
// showing why it was not dialled, dispositions by hotkey, and the compliance trail. Screenshots of
// each campaign screen in zh-CN and en. Runs only inside a lo-only network namespace:
//   unshare -n bash -c 'ip link set lo up && npx playwright test test/e2e/campaign.spec.ts'
import { expect, test, type Page } from '@playwright/test';
import { screenshot } from './app';
import { HARNESS_PORT, HARNESS_TOKEN } from './harness-env';
import { clearSipAccounts, HarnessIpc, setLanguage, useSipAccounts } from './support/harness-ipc';
import { skipReason } from './support/sip-lab';
import { calleeNumber, startCalleeFarm, type CalleeFarm } from '../support/callees/callee-farm';
import type { Daemon } from '../support/sip/daemon';
import { startKamailio } from '../support/sip/kamailio';
import { acquireLabLock } from '../support/sip/lab-lock';
import { startRtpengine } from '../support/sip/rtpengine';

const reason = skipReason();
if (reason !== undefined) console.warn(`campaign.spec.ts: skipped: ${reason}`);

const blockedNumber = calleeNumber('answer', 4);
const answerNumber = calleeNumber('answer', 5);
const busyNumber = calleeNumber('busy', 6);
// list order = import order: the DNC lead comes first, then the one who answers, then the busy one
const CSV = ['姓名,手机,公司', `王五,${blockedNumber},东方物流`, `张三,${answerNumber},星光科技`, `李四,${busyNumber},海天贸易`].join('\n');

test.describe('campaign dialing in the harness', () => {
  test.describe.configure({ mode: 'serial' });
  test.skip(reason !== undefined, reason);

  let page: Page;
  let ipc: HarnessIpc;
  let farm: CalleeFarm | undefined;
  const daemons: Daemon[] = [];
  let releaseLab: (() => void) | undefined;

  async function language(lang: 'zh-CN' | 'en'): Promise<void> {
    await setLanguage(ipc, lang);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  }

  const state = () => page.getByTestId('agent-bar');

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    releaseLab = await acquireLabLock();
    daemons.push(await startRtpengine());
    daemons.push(await startKamailio({ rtpengine: true }));
    farm = await startCalleeFarm();
    ipc = await HarnessIpc.open(HARNESS_PORT, HARNESS_TOKEN);
    await useSipAccounts(ipc, [['agent-a', '1001']]);
    const context = await browser.newContext({ permissions: ['microphone'] });
    page = await context.newPage();
    page.on('pageerror', (error) => console.error(`[page] ${error.message}`));
    await page.goto(`/#token=${HARNESS_TOKEN}`);
    await page.getByTestId('harness-badge').waitFor();
  });

  test.afterAll(async () => {
    const steps = [
      () => ipc?.call('campaign:stop', {}),
      () => clearSipAccounts(ipc),
      () => ipc?.close(),
      () => page?.context().close(),
      () => farm?.stop(),
      ...daemons.reverse().map((d) => () => d.stop()),
      () => releaseLab?.(),
    ];
    for (const step of steps) await Promise.resolve().then(step).catch((error: unknown) => console.error('campaign.spec teardown:', error));
  });

  test('import a list, then create a preview campaign in the editor (zh-CN)', async () => {
    await language('zh-CN');
    await page.getByTestId('nav-contacts').click();
    await page.getByTestId('contacts-tab-import').click();
    await page.getByTestId('import-file').setInputFiles({ name: 'campaign-list.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    await expect(page.getByTestId('import-preview')).toBeVisible();
    await page.getByTestId('import-list-name').fill('春季回访名单');
    await page.getByTestId('import-start').click();
    await expect(page.getByTestId('count-imported')).toContainText('3', { timeout: 20_000 });

    await page.getByTestId('nav-campaigns').click();
    await page.getByTestId('campaign-new').click();
    const editor = page.getByTestId('campaign-editor');
    await expect(editor).toBeVisible();
    // saving an empty form names what is missing, and nothing is stored
    await page.getByTestId('campaign-save').click();
    await expect(page.getByTestId('editor-error')).toBeVisible();
    await page.getByTestId('field-id').fill('spring-e2e');
    await page.getByTestId('field-name').fill('春季回访');
    await editor.getByText('春季回访名单').click();
    await page.getByTestId('field-wrap').fill('120');
    // call at any hour (the test runs whenever it runs): one window, every day, all day
    await page.getByLabel(/删除第 2 个时段/).click();
    for (const day of [6, 7]) await page.getByTestId(`window-0-day-${day}`).check();
    await page.getByTestId('window-0-start').fill('00:00');
    await page.getByTestId('window-0-end').fill('24:00');
    await page.getByTestId('campaign-editor').evaluate((el) => el.scrollIntoView());
    await screenshot(page, 'campaign-editor-zh-CN');
    await page.getByTestId('campaign-save').click();
    await expect(page.getByTestId('campaign-row-spring-e2e')).toContainText('3');
    await screenshot(page, 'campaign-list-zh-CN');
  });

  test('preview: a lead put on the DNC list while on screen is not dialled and says why', async () => {
    await page.getByTestId('campaign-start-spring-e2e').click();
    await expect(state()).toHaveAttribute('data-state', 'notReady');
    await expect(page.getByTestId('agent-time')).toBeVisible();
    await screenshot(page, 'campaign-run-not-ready-zh-CN');
    await page.keyboard.press('r');
    await expect(page.getByTestId('lead-name')).toHaveText('王五');
    await expect(state()).toHaveAttribute('data-state', 'previewing');
    await screenshot(page, 'campaign-preview-zh-CN');

    await ipc.call('crm:dncAdd', { number: blockedNumber, reason: 'complaint' });
    await page.keyboard.press('d');
    await expect(page.getByTestId('blocked-dial')).toContainText('王五');
    await expect(page.getByTestId('compliance-reason')).toHaveAttribute('data-rule', 'dnc');
    await expect(page.getByTestId('compliance-reason')).toContainText('免打扰名单');
    // the next lead is offered at once; nothing went to the far end for the blocked one
    await expect(page.getByTestId('lead-name')).toHaveText('张三');
    await screenshot(page, 'campaign-blocked-zh-CN');
    expect(farm!.invites().some((n) => n.includes(blockedNumber.slice(-8)))).toBe(false);
  });

  test('dial, talk, hang up, wrap-up with a countdown, disposition by hotkey 1', async () => {
    await page.keyboard.press('d');
    await expect(state()).toHaveAttribute('data-state', /dialing|onCall/);
    await expect(page.getByTestId('call-card')).toHaveAttribute('data-state', 'connected', { timeout: 15_000 });
    await expect(state()).toHaveAttribute('data-state', 'onCall');
    await screenshot(page, 'campaign-on-call-zh-CN');
    await page.getByTestId('call-hangup').click();
    await expect(page.getByTestId('wrap-up')).toBeVisible({ timeout: 10_000 });
    await expect(page.getByTestId('wrap-countdown')).toHaveText(/^0[12]:\d\d$/);
    await screenshot(page, 'campaign-wrap-up-zh-CN');
    await page.keyboard.press('1');
    // disposed → ready → the next lead comes up by itself
    await expect(page.getByTestId('lead-name')).toHaveText('李四');
    expect(farm!.invites().filter((n) => n.endsWith(answerNumber.slice(-8)))).toHaveLength(1);
  });

  test('en: a busy customer, callback by hotkey 2 scheduled for anyone; the trail lists the DNC block', async () => {
    await language('en');
    await expect(state()).toHaveAttribute('data-state', 'previewing');
    await screenshot(page, 'campaign-preview-en');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('wrap-up')).toBeVisible({ timeout: 15_000 });
    await screenshot(page, 'campaign-wrap-up-en');
    await page.keyboard.press('2');
    await expect(page.getByTestId('callback-form')).toBeVisible();
    await page.getByTestId('callback-scope-anyone').check();
    await screenshot(page, 'campaign-callback-en');
    await page.getByTestId('callback-save').click();
    await expect(page.getByTestId('run-idle')).toBeVisible();
    await screenshot(page, 'campaign-idle-en');
    const callbacks = await ipc.call<Array<{ name: string; scope: string }>>('campaign:callbacks', { campaignId: 'spring-e2e' });
    expect(callbacks).toMatchObject([{ name: '李四', scope: 'anyone' }]);
    const contact = await ipc.call<{ followUps: Array<{ doneAt: number | null }>; calls: Array<{ disposition: string | null; campaignId: string | null }> }>(
      'crm:contact',
      { id: (await ipc.call<{ items: Array<{ id: number }> }>('crm:search', { query: '李四' })).items[0]!.id },
    );
    expect(contact.followUps.filter((f) => f.doneAt === null)).toHaveLength(1);
    expect(contact.calls[0]).toMatchObject({ disposition: 'INTERESTED', campaignId: 'spring-e2e' });

    await page.getByTestId('campaign-stop').click();
    await expect(page.getByTestId('campaign-row-spring-e2e')).toBeVisible();
    await screenshot(page, 'campaign-list-en');
    await page.getByTestId('campaign-edit-spring-e2e').click();
    await expect(page.getByTestId('field-name')).toHaveValue('春季回访');
    await page.getByTestId('campaign-editor').evaluate((el) => el.scrollIntoView());
    await screenshot(page, 'campaign-editor-en');
    await page.getByTestId('campaigns-tab-audit').click();
    await expect(page.getByTestId('audit-row').first()).toContainText('On the do-not-call list');
    await expect(page.getByTestId('audit-row').first()).not.toContainText(blockedNumber);
    await screenshot(page, 'campaign-audit-en');
    await language('zh-CN');
    await screenshot(page, 'campaign-audit-zh-CN');
  });
});
