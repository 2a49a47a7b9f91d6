// An agent's whole shift in the harness, the way it is lived: a GBK customer list imported through the
// Contacts wizard, a number put on the DNC list by hand, a power campaign dialling real SIP customers
// (the sipp callee farm behind the loopback Kamailio + rtpengine) who answer, are busy, never answer or
// hang up on the agent, dispositions by hotkey (one of them "refused" → never call again), the DNC
// number refused at dial time with an audit line, then a masked preview campaign whose call goes
// through a privacy number X from a running binding server, and the stats board of the day. Every
// screen is photographed in zh-CN and en. Runs only inside a lo-only network namespace:
//   unshare -n bash -c 'ip link set lo up && npx playwright test test/e2e/shift.spec.ts'
import iconv from 'iconv-lite';
import { expect, test, type Page } from '@playwright/test';
import { Campaign, type CampaignInput } from '../../common/campaign';
import type { ContactCard, DncEntry, ListDto } from '../../common/crm';
import type { AuditEntry } from '../../common/campaign';
import { startBindingLab, type BindingLab } from '../integration/main/node/privacy/binding-lab';
import { calleeNumber, startCalleeFarm, type CalleeFarm } from '../support/callees/callee-farm';
import type { Daemon } from '../support/sip/daemon';
import { startKamailio } from '../support/sip/kamailio';
import { acquireLabLock } from '../support/sip/lab-lock';
import { startRtpengine } from '../support/sip/rtpengine';
import { screenshot } from './app';
import { HARNESS_PORT, HARNESS_TOKEN } from './harness-env';
import { clearSipAccounts, HarnessIpc, setLanguage, useSipAccounts } from './support/harness-ipc';
import { skipReason } from './support/sip-lab';

const reason = skipReason();
if (reason !== undefined) console.warn(`shift.spec.ts: skipped: ${reason}`);

// farm indices 0–3, 7 and 9 are this spec's own (campaign.spec uses 4–6)
const customers = {
  answers: { name: '赵晨', number: calleeNumber('answer', 0) },
  onDnc: { name: '钱澄', number: calleeNumber('answer', 7) },
  busy: { name: '孙淼', number: calleeNumber('busy', 1) },
  noAnswer: { name: '李沐', number: calleeNumber('noAnswer', 2) },
  hangsUp: { name: '周屿', number: calleeNumber('answerThenHangUp', 3) },
} as const;
/** the privacy number X: in the farm's range, so the call through X is answered */
const X = calleeNumber('answer', 9);
/** the masked campaign's customer: a real mobile the agent must never see; X is dialled instead */
const MASKED = { name: '吴桐', national: '13600136001' };
const AGENT_NUMBER = '+8613700137000';

/** national form as people write it: 138 0000 0001 */
const spaced = (e164: string) => e164.slice(3).replace(/^(\d{3})(\d{4})(\d{4})$/, '$1 $2 $3');
const national = (e164: string) => e164.slice(3);

/** the customer list as a Chinese CRM exports it: GBK, Chinese headers, numbers written every which way */
const listFile = () => {
  const rows = [
    ['姓名', '手机号码', '公司'],
    [customers.answers.name, spaced(customers.answers.number), '星光科技'],
    [customers.onDnc.name, `+86-${national(customers.onDnc.number)}`, '东方物流'],
    [customers.busy.name, national(customers.busy.number), '海天贸易'],
    [customers.noAnswer.name, `0086 ${national(customers.noAnswer.number)}`, '长城建材'],
    [customers.hangsUp.name, `（${national(customers.hangsUp.number).slice(0, 3)}）${national(customers.hangsUp.number).slice(3)}`, '南方电器'],
  ];
  return { name: '早班名单.csv', mimeType: 'text/csv', buffer: iconv.encode(rows.map((r) => r.join(',')).join('\r\n'), 'gbk') };
};

const dispositions = [
  { code: 'SALE', label: '成交', hotkey: 1, effect: 'complete' },
  { code: 'NO_ANSWER', label: '无人接听', hotkey: 2, effect: 'retry' },
  { code: 'BUSY', label: '忙线', hotkey: 3, effect: 'retry' },
  { code: 'REFUSED', label: '拒绝再联系', hotkey: 4, effect: 'refused' },
] as const;
const anyHour = { callingHours: { windows: [{ days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' }] }, frequencyCaps: [] };

test.describe('a whole shift', () => {
  test.describe.configure({ mode: 'serial' });
  test.skip(reason !== undefined, reason);

  let page: Page;
  let ipc: HarnessIpc;
  let farm: CalleeFarm | undefined;
  let binding: BindingLab | undefined;
  const daemons: Daemon[] = [];
  let releaseLab: (() => void) | undefined;

  const state = () => page.getByTestId('agent-bar');
  const language = async (lang: 'zh-CN' | 'en') => {
    await setLanguage(ipc, lang);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  };
  const contact = async (name: string) => {
    const id = (await ipc.call<{ items: Array<{ id: number; name: string }> }>('crm:search', { query: name })).items.find((c) => c.name === name)!.id;
    return ipc.call<ContactCard>('crm:contact', { id });
  };
  const invited = (e164: string) => farm!.invites().filter((n) => n.endsWith(national(e164))).length;
  /** wrap-up is on screen for the call that just ended; a digit picks the disposition */
  const dispose = async (key: string) => {
    await expect(page.getByTestId('wrap-up')).toBeVisible({ timeout: 20_000 });
    await page.keyboard.press(key);
    await expect(page.getByTestId('wrap-up')).toBeHidden();
  };
  const saveCampaign = (campaign: CampaignInput) => ipc.call('campaign:save', { campaign: Campaign.parse(campaign) });

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(180_000);
    releaseLab = await acquireLabLock();
    daemons.push(await startRtpengine());
    daemons.push(await startKamailio({ rtpengine: true }));
    farm = await startCalleeFarm();
    binding = await startBindingLab([X]);
    ipc = await HarnessIpc.open(HARNESS_PORT, HARNESS_TOKEN);
    await useSipAccounts(ipc, [['agent-a', '1001']]);
    // the binding server is this desk's privacy-number service and its lead-claims hub
    await ipc.call('secrets:set', { key: `binding:${binding.keyId}`, value: binding.secret });
    await ipc.call('settings:update', { binding: { url: binding.url, keyId: binding.keyId, poolId: binding.poolId, agentNumber: AGENT_NUMBER, expiresInSeconds: 900 } });
    const context = await browser.newContext({ permissions: ['microphone', 'clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (error) => console.error(`[page] ${error.message}`));
    await page.goto(`/#token=${HARNESS_TOKEN}`);
    await page.getByTestId('harness-badge').waitFor();
    await expect(page.getByTestId('status-account-agent-a')).toBeVisible({ timeout: 15_000 });
  });

  test.afterAll(async () => {
    const steps = [
      () => ipc?.call('campaign:stop', {}),
      () => ipc?.call('settings:update', { binding: { url: '', keyId: '', poolId: '', agentNumber: '' } }),
      () => clearSipAccounts(ipc),
      () => ipc?.close(),
      () => page?.context().close(),
      () => binding?.stop(),
      () => farm?.stop(),
      ...daemons.reverse().map((d) => () => d.stop()),
      () => releaseLab?.(),
    ];
    for (const step of steps) await Promise.resolve().then(step).catch((error: unknown) => console.error('shift.spec teardown:', error));
  });

  test('morning: the GBK list goes in through the import wizard, one number on the DNC list by hand (zh-CN)', async () => {
    await language('zh-CN');
    await page.getByTestId('nav-contacts').click();
    await page.getByTestId('contacts-tab-import').click();
    await page.getByTestId('import-file').setInputFiles(listFile());
    await expect(page.getByTestId('import-preview')).toContainText(customers.answers.name); // GBK detected: names read right
    await page.getByTestId('import-list-name').fill('早班名单');
    await screenshot(page, 'shift-import-zh-CN');
    await page.getByTestId('import-start').click();
    await expect(page.getByTestId('count-imported')).toContainText('5', { timeout: 30_000 });

    await page.getByTestId('contacts-tab-dnc').click();
    await page.getByTestId('dnc-number').fill(spaced(customers.onDnc.number));
    await page.getByTestId('dnc-reason').selectOption('complaint');
    await page.getByTestId('dnc-note').fill('客户投诉');
    await page.getByTestId('dnc-add').click();
    await expect(page.getByTestId('dnc-table')).toContainText(spaced(customers.onDnc.number));
    await screenshot(page, 'shift-dnc-zh-CN');

    const list = (await ipc.call<ListDto[]>('crm:lists', {})).find((l) => l.name === '早班名单');
    expect(list?.size).toBe(5);
    await saveCampaign({
      id: 'shift-power', name: '早班外呼', listIds: [String(list!.id)], mode: 'power',
      pacing: { noAnswerTimeoutSeconds: 5, maxAttemptsPerContact: 3 }, compliance: anyHour, wrapUpSeconds: 120,
      dispositions: [...dispositions], defaultDisposition: 'NO_ANSWER', line: { kind: 'sip' },
    });
  });

  test('power dialing: answer, DNC refusal, busy, no answer, hang-up — each lead dialled as soon as the agent is ready', async () => {
    test.setTimeout(180_000);
    await page.getByTestId('nav-campaigns').click();
    await expect(page.getByTestId('campaign-row-shift-power')).toContainText('5');
    await screenshot(page, 'shift-campaigns-zh-CN');
    await page.getByTestId('campaign-start-shift-power').click();
    await expect(state()).toHaveAttribute('data-state', 'notReady');
    await page.keyboard.press('r');

    // 1: the customer answers; the agent talks, hangs up, and files it with 1
    await expect(page.getByTestId('call-card')).toHaveAttribute('data-state', 'connected', { timeout: 20_000 });
    await expect(page.getByTestId('lead-name')).toHaveText(customers.answers.name);
    await expect(state()).toHaveAttribute('data-state', 'onCall');
    await screenshot(page, 'shift-power-on-call-zh-CN');
    await page.getByTestId('call-hangup').click();
    await expect(page.getByTestId('wrap-countdown')).toBeVisible({ timeout: 10_000 });
    await screenshot(page, 'shift-wrap-up-zh-CN');
    await dispose('1');

    // 2: the DNC number is refused right before the INVITE; 3: the busy one comes up by itself
    await expect(page.getByTestId('lead-name')).toHaveText(customers.busy.name, { timeout: 20_000 });
    await dispose('3');
    // 4: rings and rings; the campaign's 5 s no-answer timeout gives up
    await expect(page.getByTestId('lead-name')).toHaveText(customers.noAnswer.name, { timeout: 20_000 });
    await expect(page.getByTestId('call-card')).toHaveAttribute('data-state', /early|ringing/, { timeout: 10_000 });
    // the agent heard a voicemail greeting in the early media: corrects the detected "no answer"
    await expect(page.getByTestId('wrap-outcome')).toHaveValue('noAnswer', { timeout: 20_000 });
    await page.getByTestId('wrap-outcome').selectOption('voicemail');
    await page.getByTestId('wrap-up').click({ position: { x: 5, y: 5 } }); // keys go to the page again
    await dispose('2');
    // 5: answers and hangs up on the agent, who files "refused": never call again
    await expect(page.getByTestId('lead-name')).toHaveText(customers.hangsUp.name, { timeout: 20_000 });
    await dispose('4');
    // nothing left to dial now: the busy and unanswered numbers wait for their recycling time, and the
    // screen says which leads were passed over and why (the DNC one was never offered)
    await expect(page.getByTestId('run-idle')).toBeVisible({ timeout: 20_000 });
    await page.getByTestId('run-skipped').locator('summary').click();
    await expect(page.getByTestId('skipped-compliance.dnc')).toContainText('勿扰名单');
    await screenshot(page, 'shift-idle-zh-CN');

    expect(invited(customers.onDnc.number)).toBe(0);
    for (const c of [customers.answers, customers.busy, customers.noAnswer, customers.hangsUp]) expect(invited(c.number), c.name).toBe(1);
    const calls = async (name: string) => (await contact(name)).calls.filter((call) => call.campaignId === 'shift-power');
    expect(await calls(customers.answers.name)).toMatchObject([{ outcome: 'answered', disposition: 'SALE' }]);
    expect(await calls(customers.busy.name)).toMatchObject([{ outcome: 'busy', disposition: 'BUSY' }]);
    expect(await calls(customers.noAnswer.name)).toMatchObject([{ outcome: 'voicemail', disposition: 'NO_ANSWER' }]);
    expect(await calls(customers.hangsUp.name)).toMatchObject([{ outcome: 'answered', disposition: 'REFUSED' }]);
    expect(await calls(customers.onDnc.name)).toEqual([]);
    // "refused" put the number on the DNC list; the hand-made entry is there too
    const dnc = await ipc.call<DncEntry[]>('crm:dncList', { afterKey: '', limit: 500 });
    expect(dnc.map((e) => e.phoneKey)).toEqual(expect.arrayContaining([customers.hangsUp.number, customers.onDnc.number]));
    await page.getByTestId('campaign-stop').click();
  });

  test('a manual dial of a DNC number is refused before anything is sent, says why, and is on the audit trail', async () => {
    await page.getByTestId('nav-dialer').click();
    await page.getByTestId('dial-number').fill(`+86 ${spaced(customers.hangsUp.number)}`);
    await page.getByTestId('dial-number').press('Enter');
    await expect(page.getByTestId('dial-problem')).toContainText('勿扰名单');
    await screenshot(page, 'shift-dial-blocked-zh-CN');
    expect(invited(customers.hangsUp.number)).toBe(1); // still only the campaign's call
    const audit = await ipc.call<AuditEntry[]>('compliance:audit', { verdict: 'blocked', limit: 50 });
    expect(audit[0]).toMatchObject({ stage: 'dial', rule: 'dnc', campaignId: null });
    expect(audit[0]!.numberMasked).toContain('****');
    expect(JSON.stringify(audit)).not.toContain(national(customers.hangsUp.number));
    await page.getByTestId('nav-campaigns').click();
    await page.getByTestId('campaigns-tab-audit').click();
    await expect(page.getByTestId('audit-row').first()).toContainText('勿扰名单');
    await screenshot(page, 'shift-audit-zh-CN');
  });

  test('a masked campaign calls through privacy number X: the binding and its expiry on the card, the real number nowhere (en)', async () => {
    test.setTimeout(120_000);
    await language('en');
    await page.getByTestId('nav-contacts').click();
    await page.getByTestId('contacts-tab-import').click();
    await page.getByTestId('import-file').setInputFiles({ name: 'vip.csv', mimeType: 'text/csv', buffer: Buffer.from(`姓名,手机\n${MASKED.name},${MASKED.national}\n`, 'utf8') });
    await expect(page.getByTestId('import-preview')).toBeVisible();
    await page.getByTestId('import-list-name').fill('VIP');
    await page.getByTestId('import-start').click();
    await expect(page.getByTestId('count-imported')).toContainText('1', { timeout: 30_000 });
    const list = (await ipc.call<ListDto[]>('crm:lists', {})).find((l) => l.name === 'VIP');
    await saveCampaign({
      id: 'shift-privacy', name: 'VIP privacy', listIds: [String(list!.id)], mode: 'preview', compliance: anyHour, wrapUpSeconds: 120,
      dispositions: [...dispositions], defaultDisposition: 'NO_ANSWER', maskNumbers: true, privacy: 'axb', line: { kind: 'sip' },
    });

    await page.getByTestId('nav-campaigns').click();
    await page.getByTestId('campaigns-tab-list').click();
    await page.getByTestId('campaign-start-shift-privacy').click();
    await expect(state()).toHaveAttribute('data-state', 'notReady');
    await page.keyboard.press('r');
    await expect(page.getByTestId('lead-name')).toHaveText(MASKED.name);
    await expect(page.getByTestId('lead-digits').first()).toHaveText(/136\*{4}6001/);
    await page.keyboard.press('d');
    await expect(page.getByTestId('call-card')).toHaveAttribute('data-state', 'connected', { timeout: 20_000 });
    await expect(page.getByTestId('privacy-binding')).toBeVisible();
    await expect(page.getByTestId('privacy-x')).toContainText(`${X.slice(3, 6)} ${X.slice(6, 10)} ${X.slice(10)}`); // grouped for reading
    await expect(page.getByTestId('privacy-expiry')).toContainText(/expires in 1[45]:\d\d/);
    await screenshot(page, 'shift-privacy-call-en');
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).not.toContain(MASKED.national);
    expect(text).not.toContain(MASKED.national.slice(3));
    expect(invited(X)).toBe(1);
    await page.getByTestId('call-hangup').click();
    await dispose('1');
    await page.getByTestId('campaign-stop').click();
    const card = await contact(MASKED.name);
    expect(card.calls[0]).toMatchObject({ campaignId: 'shift-privacy', outcome: 'answered', disposition: 'SALE' });
    expect(card.calls[0]!.privacyBindingId).toBeTruthy();
  });

  test('end of the day: the stats board, then every screen in both languages', async () => {
    test.setTimeout(120_000);
    await page.getByTestId('nav-stats').click();
    await page.getByTestId('stats-campaign').selectOption('shift-power');
    await expect(page.getByTestId('stats-total-calls')).toHaveText('4');
    await expect(page.getByTestId('stats-total-rate')).toHaveText('50.0%');

    const screens = ['dialer', 'contacts', 'campaigns', 'stats', 'settings', 'setup'] as const;
    for (const lang of ['zh-CN', 'en'] as const) {
      await language(lang);
      for (const screen of screens) {
        await page.getByTestId(`nav-${screen}`).click();
        await expect(page.locator('main h1').first()).toBeVisible();
        if (screen === 'dialer') await expect(page.getByTestId('recent-call').first()).toBeVisible();
        if (screen === 'stats') await expect(page.getByTestId('stats-total-calls')).toHaveText(/^[1-9]\d*$/);
        await screenshot(page, `shift-${screen}-${lang}`);
      }
    }
  });
});
