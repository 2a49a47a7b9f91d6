// The dialer end to end: two agents (this harness + a second harness process) on a loopback Kamailio
// make and take real WebRTC calls; the virtual headset answers and mutes; hostile dial strings are
// refused before any INVITE leaves the page. Runs only inside a lo-only network namespace:
//   unshare -n bash -c 'ip link set lo up && npx playwright test test/e2e/dialer.spec.ts'
import { expect, test, type Browser, type Page } from '@playwright/test';
import { screenshot } from './app';
import { HARNESS_PORT, HARNESS_TOKEN } from './harness-env';
import { pressHeadset } from './support/headset';
import { clearSipAccounts, HarnessIpc, setLanguage, useSipAccounts } from './support/harness-ipc';
import { startSecondHarness, type SecondHarness } from './support/second-harness';
import { skipReason, startKamailioLab } from './support/sip-lab';
import { parseDialTarget } from '../../common/sip/dial-target';
import { commandFor } from '../../renderer/src/features/dialer/shortcuts';
import { normalizeDialInput } from '../../renderer/src/phone/dial-input';
import { reduceGatewayCall } from '../../renderer/src/phone/gateway-reducer';
import { headsetState } from '../../renderer/src/phone/headset-state';
import { outcomeOf } from '../../renderer/src/phone/outcome';

const reason = skipReason();
if (reason !== undefined) console.warn(`dialer.spec.ts: the two-agent calls are skipped: ${reason}`);

const text = {
  en: { registered: 'registered', connected: 'Connected', held: 'On hold', incoming: 'Incoming call — ringing', muted: 'muted' },
  'zh-CN': { registered: '已注册', connected: '通话中', held: '已保持', incoming: '来电 — 振铃中', muted: '已静音' },
} as const;

test.describe('the dialer without a network: dial strings, gateway events, headset, keys', () => {
  test('pasted numbers in any format are cleaned; anything else is left for the validator to judge', () => {
    expect(normalizeDialInput('＋86 (138) 0013-8000')).toBe('+8613800138000');
    expect(normalizeDialInput(' 010.1234\u00a05678 ')).toBe('01012345678');
    expect(normalizeDialInput('１００２')).toBe('1002');
    expect(normalizeDialInput('bob@pbx.example.com')).toBe('bob@pbx.example.com');
    expect(normalizeDialInput('1000\r\nVia: x')).toBe('1000\r\nVia: x');
    expect(parseDialTarget(normalizeDialInput('1000\r\nVia: x'))).toMatchObject({ ok: false, error: { key: 'dial.forbiddenCharacter' } });
  });

  test('gateway events make a call: ring with caller id, answer, hang up', () => {
    const ringing = reduceGatewayCall(undefined, 'gsm:1', { type: 'ringing' });
    const identified = reduceGatewayCall(ringing ?? undefined, 'gsm:1', { type: 'incoming', number: '13800138000' });
    expect(identified).toMatchObject({ via: 'gateway', direction: 'inbound', state: 'ringing', number: '13800138000' });
    const answered = reduceGatewayCall(identified ?? undefined, 'gsm:1', { type: 'answered' });
    expect(answered?.state).toBe('connected');
    expect(answered?.answeredAt).toBeGreaterThan(0);
    expect(reduceGatewayCall(answered ?? undefined, 'gsm:1', { type: 'hangup', cause: 'NORMAL' })).toBeNull();
    expect(reduceGatewayCall(undefined, 'fxo:1', { type: 'callState', callId: 1, direction: 'outgoing', state: 'alerting', number: '95555' })).toMatchObject({ state: 'early', direction: 'outbound', number: '95555' });
    expect(reduceGatewayCall(answered ?? undefined, 'gsm:1', { type: 'signal', rssi: 20, ber: 0, dbm: -73 })).toBe(answered);
  });

  test('the headset follows the call that has focus, and outcomes follow how calls ended', () => {
    const base = { via: 'sip', id: '1', lineId: 'a', direction: 'inbound', number: '1', muted: false, recording: false, conferenced: false, createdAt: 1 } as const;
    expect(headsetState([])).toEqual({ phase: 'idle', muted: false });
    expect(headsetState([{ ...base, key: 'a', state: 'held' }, { ...base, key: 'b', state: 'ringing' }])).toEqual({ phase: 'ringing', muted: false });
    expect(headsetState([{ ...base, key: 'b', state: 'ringing' }, { ...base, key: 'a', state: 'connected', muted: true }])).toEqual({ phase: 'connected', muted: true });
    expect(outcomeOf({ ...base, key: 'a', state: 'ended', answeredAt: 2 })).toBe('answered');
    expect(outcomeOf({ ...base, key: 'a', state: 'ended', endReason: 'rejected', failure: { key: 'sip.486' } })).toBe('busy');
    expect(outcomeOf({ ...base, key: 'a', state: 'ended', endReason: 'cancelled' })).toBe('noAnswer');
  });

  test('every call key maps to one command', () => {
    const key = (k: string, shiftKey = false) => commandFor({ key: k, shiftKey, altKey: false, ctrlKey: false, metaKey: false });
    expect([key('F5'), key('F6'), key('F6', true), key('F7'), key('F8'), key('F9'), key('F10'), key('F4'), key('F2')]).toEqual(['answer', 'hangup', 'reject', 'hold', 'mute', 'transfer', 'conference', 'record', 'focusNumber']);
    expect(commandFor({ key: 'F5', shiftKey: false, altKey: true, ctrlKey: false, metaKey: false })).toBeUndefined();
  });
});

test.describe('two agents on a loopback Kamailio', () => {
  test.describe.configure({ mode: 'serial' });
  test.skip(reason !== undefined, reason);

  let stopLab: (() => Promise<void>) | undefined;
  let second: SecondHarness | undefined;
  let ipcA: HarnessIpc;
  let ipcB: HarnessIpc;
  let pageA: Page;
  let pageB: Page;
  const invitesFromA: string[] = [];

  async function open(browser: Browser, url: string, who: string, sentInvites?: string[]): Promise<Page> {
    const context = await browser.newContext({ permissions: ['microphone'] });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`[${who}] ${error.message}`));
    // every SIP frame the page sends, watched from before its SIP WebSocket opens
    if (sentInvites) page.on('websocket', (ws) => ws.on('framesent', (f) => typeof f.payload === 'string' && f.payload.startsWith('INVITE ') && sentInvites.push(f.payload)));
    await page.goto(url);
    await page.getByTestId('harness-badge').waitFor();
    return page;
  }

  async function language(lang: 'zh-CN' | 'en'): Promise<void> {
    await Promise.all([setLanguage(ipcA, lang), setLanguage(ipcB, lang)]);
    for (const page of [pageA, pageB]) await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  }

  const card = (page: Page) => page.getByTestId('call-card');

  async function expectIdle(page: Page): Promise<void> {
    await expect(page.getByTestId('no-calls')).toBeVisible({ timeout: 10_000 });
  }

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    stopLab = await startKamailioLab();
    second = await startSecondHarness(HARNESS_PORT - 1);
    [ipcA, ipcB] = await Promise.all([HarnessIpc.open(HARNESS_PORT, HARNESS_TOKEN), HarnessIpc.open(second.port, second.token)]);
    await useSipAccounts(ipcA, [['agent-a', '1001']]);
    await useSipAccounts(ipcB, [['agent-b', '1002'], ['agent-c', '1003']]);
    pageA = await open(browser, `http://127.0.0.1:${HARNESS_PORT}/#token=${HARNESS_TOKEN}`, 'A', invitesFromA);
    pageB = await open(browser, second.url, 'B');
  });

  test.afterAll(async () => {
    // every step runs even when one fails: the second harness and Kamailio must never outlive the spec
    const steps = [
      () => clearSipAccounts(ipcA),
      () => ipcA?.close(),
      () => ipcB?.close(),
      () => pageA?.context().close(),
      () => pageB?.context().close(),
      () => second?.stop(),
      () => stopLab?.(),
    ];
    for (const step of steps) await Promise.resolve().then(step).catch((error: unknown) => console.error('dialer.spec teardown:', error));
  });

  test('(a) agent A dials B from the dial pad; B rings and answers; hold, resume, mute, hang up (en)', async () => {
    await language('en');
    await expect(pageA.getByTestId('status-account-agent-a')).toContainText(text.en.registered, { timeout: 15_000 });
    await expect(pageB.getByTestId('status-account-agent-b')).toContainText(text.en.registered, { timeout: 15_000 });
    await expect(pageA.getByTestId('line-agent-a').getByRole('radio')).toBeChecked();
    await pageB.getByTestId('line-agent-b').getByRole('radio').check();
    await screenshot(pageA, 'dialer-idle-en');

    for (const key of ['1', '0', '0', '2']) await pageA.getByTestId(`pad-${key}`).click();
    await expect(pageA.getByTestId('dial-number')).toHaveValue('1002');
    await pageA.getByTestId('dial-number').press('Enter');

    await expect(card(pageB)).toHaveAttribute('data-state', 'ringing', { timeout: 10_000 });
    await expect(pageB.getByTestId('call-state')).toHaveText(text.en.incoming);
    await expect(pageB.getByTestId('call-number')).toContainText('1001');
    await screenshot(pageB, 'dialer-ringing-en');

    await pageB.getByTestId('call-answer').click();
    await expect(card(pageB)).toHaveAttribute('data-state', 'connected', { timeout: 10_000 });
    await expect(card(pageA)).toHaveAttribute('data-state', 'connected', { timeout: 10_000 });
    await expect(pageA.getByTestId('call-state')).toHaveText(text.en.connected);
    await screenshot(pageA, 'dialer-connected-en');

    // keyboard: F7 hold / resume, F8 mute
    await pageA.keyboard.press('F7');
    await expect(card(pageA)).toHaveAttribute('data-state', 'held');
    await expect(pageA.getByTestId('call-state')).toHaveText(text.en.held);
    await pageA.getByTestId('call-hold').click();
    await expect(card(pageA)).toHaveAttribute('data-state', 'connected');
    await pageA.keyboard.press('F8');
    await expect(pageA.getByTestId('call-muted')).toHaveText(text.en.muted);
    await expect(pageA.getByTestId('call-mute')).toHaveAttribute('aria-pressed', 'true');
    await pageA.getByTestId('call-mute').click();
    await expect(pageA.getByTestId('call-muted')).toHaveCount(0);

    await pageA.keyboard.press('F6');
    await expectIdle(pageA);
    await expectIdle(pageB);
    await expect(pageA.getByTestId('last-call')).toContainText('1002');
    await expect(pageB.getByTestId('last-call')).toContainText('the other side hung up');
    // the call was written to the CRM call log: a failure would be explained here
    await expect(pageA.getByTestId('dial-problem')).toBeEmpty();
    await expect(pageB.getByTestId('dial-problem')).toBeEmpty();
  });

  test('(b) the virtual headset answers an incoming call and mutes it (zh-CN)', async () => {
    await language('zh-CN');
    await screenshot(pageA, 'dialer-idle-zh-CN');
    await pageB.getByTestId('dial-number').fill('1001');
    await pageB.getByTestId('dial-number').press('Enter');
    await expect(card(pageA)).toHaveAttribute('data-state', 'ringing', { timeout: 10_000 });
    await expect(pageA.getByTestId('call-state')).toHaveText(text['zh-CN'].incoming);
    await screenshot(pageA, 'dialer-ringing-zh-CN');
    await pageA.waitForTimeout(300); // headset:setCallState(ringing) reaches the devices process

    await pressHeadset('hookOff');
    await expect(card(pageA)).toHaveAttribute('data-state', 'connected', { timeout: 10_000 });
    await expect(card(pageB)).toHaveAttribute('data-state', 'connected', { timeout: 10_000 });
    await expect(pageA.getByTestId('call-state')).toContainText(text['zh-CN'].connected);

    await pressHeadset('mute');
    await expect(pageA.getByTestId('call-muted')).toHaveText(text['zh-CN'].muted, { timeout: 5_000 });
    await screenshot(pageA, 'dialer-connected-zh-CN');
    await screenshot(pageB, 'dialer-connected-caller-zh-CN');

    // the driver treats a hook change within 250 ms of the last one as contact bounce (Plantronics sends
    // doubles ~50 ms apart), so hang up the way a person would, not 100 ms after lifting the hook
    await pageA.waitForTimeout(600);
    await pressHeadset('hookOn');
    await expectIdle(pageA);
    await expectIdle(pageB);
  });

  test('(c) hostile or invalid dial strings are refused with a reason and send no INVITE', async () => {
    await language('en');
    const before = invitesFromA.length;
    const number = pageA.getByTestId('dial-number');

    await number.fill('<sip:evil>');
    await number.press('Enter');
    await expect(pageA.getByTestId('dial-problem')).toContainText('not allowed: "<"');
    await expect(pageA.getByTestId('dial-problem')).toContainText('Check the number');

    // pasted with CR/LF: judged as pasted (an <input> would silently drop the line break)
    await number.fill('');
    await number.focus();
    await pageA.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', '1002\r\nVia: x');
      document.getElementById('dial-number')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect(pageA.getByTestId('dial-problem')).toContainText('U+000D');
    await expect(pageA.getByTestId('dial-problem')).toContainText('Nothing was pasted');
    await expect(number).toHaveValue('');

    // typed: the field drops the line break, what is left is still not a number or a user
    await number.fill('1002\r\nVia: x');
    await number.press('Enter');
    await expect(pageA.getByTestId('dial-problem')).not.toBeEmpty();

    await screenshot(pageA, 'dialer-refused-en');
    await language('zh-CN');
    await number.fill('<sip:evil>');
    await number.press('Enter');
    await expect(pageA.getByTestId('dial-problem')).toContainText('不允许的字符');
    await screenshot(pageA, 'dialer-refused-zh-CN');

    // a pasted number in any format is cleaned (full-width digits folded, separators dropped)
    await number.fill('');
    await pageA.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', '＋86 (138) 0013-8000');
      document.getElementById('dial-number')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect(number).toHaveValue('+8613800138000');

    await expect(pageA.getByTestId('call-card')).toHaveCount(0);
    await expect(pageB.getByTestId('call-card')).toHaveCount(0);
    expect(invitesFromA.slice(before)).toEqual([]);
  });

  test('(e) call waiting: a second call rings during a call; F5 answers it and holds the first; 3-way call offered', async () => {
    await language('en');
    await pageA.getByTestId('dial-number').fill('1002');
    await pageA.getByTestId('dial-number').press('Enter');
    await expect(card(pageB)).toHaveAttribute('data-state', 'ringing', { timeout: 10_000 });
    await pageB.keyboard.press('F5');
    await expect(card(pageA)).toHaveAttribute('data-state', 'connected', { timeout: 10_000 });

    // B's second account (1003) calls A while A talks to 1002
    await pageB.getByTestId('line-agent-c').getByRole('radio').check();
    await pageB.getByTestId('dial-number').fill('1001');
    await pageB.getByTestId('dial-number').press('Enter');
    const waiting = pageA.locator('[data-testid="call-card"][data-state="ringing"]');
    await expect(waiting).toBeVisible({ timeout: 10_000 });
    await expect(waiting.getByTestId('call-state')).toHaveText('Call waiting');
    await expect(waiting.getByTestId('call-answer')).toContainText('Answer and hold current');
    await expect(waiting.getByTestId('call-answer')).toHaveAttribute('aria-keyshortcuts', 'F5');
    await screenshot(pageA, 'dialer-call-waiting-en');

    await pageA.keyboard.press('F5');
    await expect(pageA.locator('[data-testid="call-card"][data-state="held"]')).toHaveCount(1, { timeout: 10_000 });
    await expect(pageA.locator('[data-testid="call-card"][data-state="connected"]')).toHaveCount(1);
    await expect(pageA.locator('[data-state="connected"]').getByTestId('call-conference')).toBeVisible();
    await expect(pageA.locator('[data-state="held"]').getByTestId('call-complete-transfer')).toContainText('1003');

    // F6 ends the talking call, then the held one is resumed and ended
    await pageA.keyboard.press('F6');
    await expect(card(pageA)).toHaveCount(1, { timeout: 10_000 });
    await expect(card(pageA)).toHaveAttribute('data-state', 'held');
    await pageA.keyboard.press('F7');
    await expect(card(pageA)).toHaveAttribute('data-state', 'connected');
    await pageA.keyboard.press('F6');
    await expectIdle(pageA);
    await expectIdle(pageB);
    await pageB.getByTestId('line-agent-b').getByRole('radio').check();
  });

  test('(f) blind transfer: A hands its call with 1002 over to 1003 (F9), and 1003 rings', async () => {
    await language('en');
    await pageA.getByTestId('dial-number').fill('1002');
    await pageA.getByTestId('dial-number').press('Enter');
    await expect(card(pageB)).toHaveAttribute('data-state', 'ringing', { timeout: 10_000 });
    await pageB.keyboard.press('F5');
    await expect(card(pageA)).toHaveAttribute('data-state', 'connected', { timeout: 10_000 });

    await pageA.keyboard.press('F9');
    await expect(pageA.getByTestId('transfer-target')).toBeFocused();
    await pageA.getByTestId('transfer-target').fill('1003');
    await screenshot(pageA, 'dialer-transfer-en');
    await pageA.getByTestId('transfer-target').press('Enter');

    // A stays "transferring" until the transferee has reached the target: B (on 1002) now calls 1003,
    // B's other account, which rings; once answered, B drops its leg to A
    await expect(pageA.getByTestId('call-state')).toHaveText('Transferring…');
    const transferred = pageB.locator('[data-testid="call-card"][data-state="ringing"]');
    await expect(transferred).toBeVisible({ timeout: 10_000 });
    await expect(transferred.getByTestId('call-number')).toContainText('1002');
    await transferred.getByTestId('call-answer').click();
    await expectIdle(pageA);
    await expect(pageA.getByTestId('last-call')).toContainText('transferred');
    await pageB.keyboard.press('F6');
    await expectIdle(pageB);
  });

  test('(g) an account that cannot register says why, in the line picker and the status bar', async () => {
    await language('en');
    await ipcA.call('settings:update', {
      sip: {
        accounts: [
          { id: 'agent-a', server: 'ws://127.0.0.1:8088', user: '1001', domain: '127.0.0.1', displayName: 'Agent 1001' },
          { id: 'no-password', server: 'ws://127.0.0.1:8088', user: '1009', domain: '127.0.0.1' },
        ],
      },
    });
    await expect(pageA.getByTestId('line-no-password')).toContainText('No password is stored for this account.', { timeout: 10_000 });
    await expect(pageA.getByTestId('line-no-password')).toContainText('Settings → SIP accounts');
    await expect(pageA.getByTestId('status-account-no-password')).toHaveAttribute('title', /^No password is stored for this account\.\n.*Settings/);
    await expect(pageA.getByTestId('status-account-agent-a')).toContainText('registered');
    // the status bar names an account by its display name, or by its id when it has none
    await expect(pageA.getByTestId('status-account-agent-a')).toContainText('Agent 1001');
    await expect(pageA.getByTestId('status-account-agent-a')).not.toContainText('agent-a');
    await expect(pageA.getByTestId('status-account-no-password')).toContainText('no-password');
    await screenshot(pageA, 'dialer-account-problem-en');
    await language('zh-CN');
    await expect(pageA.getByTestId('line-no-password')).toContainText('此账号没有保存密码。');
    await screenshot(pageA, 'dialer-account-problem-zh-CN');
  });

  test('(h) on-demand recording: F4 starts it, and the recording is saved with the call log when the call ends', async () => {
    await language('en');
    await ipcA.call('settings:update', {
      sip: { accounts: [{ id: 'agent-a', server: 'ws://127.0.0.1:8088', user: '1001', domain: '127.0.0.1', displayName: 'Agent 1001', recording: { policy: 'on-demand' } }] },
    });
    await expect(pageA.getByTestId('status-account-agent-a')).toContainText('registered', { timeout: 15_000 });
    await pageA.getByTestId('dial-number').fill('1002');
    await pageA.getByTestId('dial-number').press('Enter');
    await expect(card(pageB)).toHaveAttribute('data-state', 'ringing', { timeout: 10_000 });
    await pageB.keyboard.press('F5');
    await expect(card(pageA)).toHaveAttribute('data-state', 'connected', { timeout: 10_000 });
    await expect(pageA.getByTestId('call-record')).toHaveAttribute('aria-keyshortcuts', 'F4');
    await pageA.keyboard.press('F4');
    await expect(pageA.getByTestId('call-record')).toHaveAttribute('aria-pressed', 'true');
    await expect(pageA.getByTestId('call-state')).toContainText('recording');
    await pageA.waitForTimeout(1500);
    await pageA.keyboard.press('F6');
    await expectIdle(pageA);
    // upload (files:*) + recordings:save + crm:logCall: any failure would be explained in the problem line
    await pageA.waitForTimeout(3000);
    await expect(pageA.getByTestId('dial-problem')).toBeEmpty();
  });
});
