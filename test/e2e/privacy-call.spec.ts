// Privacy calls and masking end to end: the harness (agent A, SIP 1001) with a real binding server
// process on loopback, and a second harness as the far end on the loopback Kamailio, registered as the
// pool's X numbers and as the customer. A privacy call dials X (it rings on B's X account) and its card
// shows the binding and a live expiry; a call of a campaign that masks numbers never shows the real
// number: not in the page text, not on the clipboard, not in main's logs. Also: a pasted
// "+86 139-0013-9000", the recent-calls panel, redial by click and by F3. Runs inside a lo-only netns:
//   unshare -n bash -c 'ip link set lo up && npx playwright test test/e2e/privacy-call.spec.ts'
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { Campaign } from '../../common/campaign';
import { reindexContact } from '../../main/node/crm/db/search-index';
import { startBindingLab, type BindingLab } from '../integration/main/node/privacy/binding-lab';
import { screenshot } from './app';
import { HARNESS_PORT } from './harness-env';
import { setLanguage } from './support/harness-ipc';
import { skipReason } from './support/sip-lab';
import { startTwoAgents, type TwoAgents } from './support/two-agents';

const reason = skipReason();
if (reason !== undefined) console.warn(`privacy-call.spec.ts: skipped: ${reason}`);

const X = ['+8617100000001', '+8617100000002'];
/** X as the privacy badge shows it, grouped for reading */
const X_GROUPED = X.map((x) => `${x.slice(3, 6)} ${x.slice(6, 10)} ${x.slice(10)}`);
// the masked customer: a fresh mobile number per run (the harness's CRM is shared with other specs)
const NATIONAL = `158${String(Date.now() % 100_000_000).padStart(8, '0')}`;
const CUSTOMER = `+86${NATIONAL}`;
/** the number of the unmasked privacy call, so the masked customer's number appears nowhere at all */
const PASTED = '+86 139-0013-9000';
const PASTED_E164 = '+8613900139000';
/** how the page shows it: grouped for reading (the call card and recent calls) */
const PASTED_GROUPED = '139 0013 9000';
const REAL_FORMS = [NATIONAL, `${NATIONAL.slice(0, 3)} ${NATIONAL.slice(3, 7)} ${NATIONAL.slice(7)}`, `${NATIONAL.slice(0, 3)}-${NATIONAL.slice(3, 7)}-${NATIONAL.slice(7)}`, NATIONAL.slice(3)];
const MASK = `${NATIONAL.slice(0, 3)}****${NATIONAL.slice(7)}`;
/** a contact outside any campaign, dialled with a click on the contact card */
const CLICK_NATIONAL = `159${NATIONAL.slice(3)}`;
const CLICK = `+86${CLICK_NATIONAL}`;
const CLICK_GROUPED = `${CLICK_NATIONAL.slice(0, 3)} ${CLICK_NATIONAL.slice(3, 7)} ${CLICK_NATIONAL.slice(7)}`;
const CLICK_NAME = `点击拨号${NATIONAL.slice(-4)}`;
const AGENT_NUMBER = '+8613700137000';
/** a campaign that masks numbers and may call at any hour (the spec must not depend on the clock) */
const MASKED_CAMPAIGN = Campaign.parse({
  id: 'masked-e2e',
  name: 'Masked e2e',
  listIds: ['e2e'],
  mode: 'preview',
  compliance: { callingHours: { windows: [{ days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' }] }, frequencyCaps: [] },
  dispositions: [{ code: 'done', label: 'Done', hotkey: 1, effect: 'complete' }],
  defaultDisposition: 'done',
  maskNumbers: true,
  line: { kind: 'sip' },
});

test.describe('privacy calls and masked numbers', () => {
  test.describe.configure({ mode: 'serial' });
  test.skip(reason !== undefined, reason);

  let agents: TwoAgents;
  let lab: BindingLab;
  let a: Page;
  let b: Page;

  const card = (page: Page) => page.getByTestId('call-card');
  const hangUpBoth = async () => {
    await a.keyboard.press('F6');
    await expect(a.getByTestId('no-calls')).toBeVisible({ timeout: 10_000 });
    await expect(b.getByTestId('no-calls')).toBeVisible({ timeout: 10_000 });
  };
  const answerOn = async (account: string) => {
    // when nothing rings, say what the dialling agent was told
    await expect(card(b)).toHaveAttribute('data-state', 'ringing', { timeout: 15_000 }).catch(async (error: Error) => {
      throw new Error(`${error.message}\nA's problem line: ${await a.getByTestId('dial-problem').textContent()}; A's calls: ${await a.getByTestId('no-calls').count()} idle; last call: ${await a.getByTestId('last-call').textContent().catch(() => '-')}`);
    });
    await expect(card(b).locator('.call-line')).toContainText(account);
    await b.getByTestId('call-answer').click();
    await expect(card(a)).toHaveAttribute('data-state', 'connected', { timeout: 10_000 });
  };
  const expectNoRealNumber = async (page: Page) => {
    const text = await page.evaluate(() => document.body.innerText + document.title + [...document.querySelectorAll('[title],[aria-label]')].map((e) => `${e.getAttribute('title')} ${e.getAttribute('aria-label')}`).join(' '));
    for (const form of REAL_FORMS) expect(text, `page shows ${form}`).not.toContain(form);
  };
  const language = async (lang: 'en' | 'zh-CN') => {
    await Promise.all([setLanguage(agents.a.ipc, lang), setLanguage(agents.b.ipc, lang)]);
    await a.waitForFunction((l) => document.documentElement.lang === l, lang);
  };

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    lab = await startBindingLab(X);
    agents = await startTwoAgents(
      HARNESS_PORT - 7,
      { accounts: [['agent-a', '1001']], permissions: ['clipboard-read', 'clipboard-write'] },
      { accounts: [['x-1', X[0]!], ['x-2', X[1]!], ['customer', CUSTOMER], ['click', CLICK]] },
    );
    ({ page: a } = agents.a);
    ({ page: b } = agents.b);
    await agents.a.ipc.call('secrets:set', { key: `binding:${lab.keyId}`, value: lab.secret });
    await agents.a.ipc.call('settings:update', { binding: { url: lab.url, keyId: lab.keyId, poolId: lab.poolId, agentNumber: AGENT_NUMBER, expiresInSeconds: 900 } });
    // a customer of a campaign that masks numbers, called once before: the recent-calls panel's row
    const db = new Database(join(process.env.DIALDECK_E2E_DATA_DIR!, 'crm.sqlite'));
    const contactId = Number(db.prepare("INSERT INTO contacts(name, company, extra, created_at, updated_at) VALUES ('王五', '', '{}', 0, 0)").run().lastInsertRowid);
    db.prepare("INSERT INTO contact_phones(contact_id, phone_key, e164, national, kind, raw, position) VALUES (?, ?, ?, ?, 'mobile', ?, 0)").run(contactId, CUSTOMER, CUSTOMER, NATIONAL, REAL_FORMS[2]);
    db.prepare("INSERT OR REPLACE INTO campaigns(id, settings, archived, created_at, updated_at) VALUES ('masked-e2e', ?, 0, 0, 0)").run(JSON.stringify(MASKED_CAMPAIGN));
    db.prepare("INSERT INTO call_log(contact_id, line, direction, number, started_at, outcome, campaign_id) VALUES (?, 'sip:agent-a', 'outbound', ?, ?, 'noAnswer', 'masked-e2e')").run(contactId, CUSTOMER, Date.now() - 3_600_000);
    const clickId = Number(db.prepare("INSERT INTO contacts(name, company, extra, created_at, updated_at) VALUES (?, '', '{}', 0, 0)").run(CLICK_NAME).lastInsertRowid);
    db.prepare("INSERT INTO contact_phones(contact_id, phone_key, e164, national, kind, raw, position) VALUES (?, ?, ?, ?, 'mobile', ?, 0)").run(clickId, CLICK, CLICK, CLICK_NATIONAL, CLICK_NATIONAL);
    reindexContact(db, clickId);
    db.close();
    await expect(a.getByTestId('status-account-agent-a')).toContainText('registered', { timeout: 15_000 });
    for (const id of ['x-1', 'x-2', 'customer', 'click']) await expect(b.getByTestId(`status-account-${id}`)).toContainText('registered', { timeout: 15_000 });
  });

  test.afterAll(async () => {
    // agent A is the shared harness: later specs (the wizard's binding step) expect no binding server
    await agents?.a.ipc.call('settings:update', { binding: { url: '', keyId: '', poolId: '', agentNumber: '' } }).catch((error: unknown) => console.error('binding settings reset:', error));
    if (lab) await agents?.a.ipc.call('secrets:clear', { key: `binding:${lab.keyId}` }).catch((error: unknown) => console.error('binding secret reset:', error));
    await agents?.close();
    await lab?.stop();
  });

  test('a pasted +86 139-0013-9000 is cleaned; a privacy call dials X and shows the binding with its expiry (en)', async () => {
    await language('en');
    await a.getByTestId('nav-dialer').click();
    const field = a.getByTestId('dial-number');
    await field.focus();
    await a.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text', text);
      document.querySelector('[data-testid="dial-number"]')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, PASTED);
    await expect(field).toHaveValue(PASTED_E164);
    await a.getByTestId('dial-privacy').selectOption('axb');
    await field.press('Enter');

    // X rings at the far end: the INVITE went to X, not to the customer's own number
    await answerOn(X[0]!);
    const binding = a.getByTestId('privacy-binding');
    await expect(binding).toBeVisible();
    await expect(a.getByTestId('privacy-x')).toContainText(X_GROUPED[0]!);
    await expect(a.getByTestId('call-number')).toContainText(PASTED_GROUPED); // grouped for reading, as everywhere
    const bindingId = await binding.getAttribute('data-binding-id');
    expect(bindingId).toBeTruthy();
    const first = await a.getByTestId('privacy-expiry').textContent();
    expect(first).toMatch(/expires in (14:5\d|15:00)/);
    await expect(a.getByTestId('privacy-expiry')).not.toHaveText(first!, { timeout: 4_000 }); // it counts down
    await screenshot(a, 'privacy-call-en');
    await hangUpBoth();
    await expect(a.getByTestId('recent-call').first()).toContainText(PASTED_GROUPED);
    await expect(a.getByTestId('recent-call').first()).toContainText('privacy number');
  });

  test('a masked campaign call never shows, copies or logs the real number; redial keeps it masked (zh-CN)', async () => {
    await language('zh-CN');
    await a.getByTestId('dial-privacy').selectOption('off');
    const row = a.getByTestId('recent-call').filter({ hasText: MASK });
    await expect(row).toHaveCount(1);
    await expectNoRealNumber(a);

    await row.getByTestId('recent-redial').click();
    await answerOn(CUSTOMER);
    await expect(a.getByTestId('call-number')).toHaveText(MASK);
    await expectNoRealNumber(a);
    await screenshot(a, 'privacy-masked-call-zh-CN');

    // the clipboard gets the mask: from the call card and from the recent-calls row
    await a.getByTestId('call-number').selectText();
    await a.keyboard.press('Control+C');
    expect(await a.evaluate(() => navigator.clipboard.readText())).toBe(MASK);
    await a.getByTestId('recent-call').filter({ hasText: MASK }).first().getByTestId('recent-redial').selectText();
    await a.keyboard.press('Control+C');
    const copied = await a.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('****');
    for (const form of REAL_FORMS) expect(copied).not.toContain(form);

    await hangUpBoth();
    await expect(a.getByTestId('last-call')).toContainText(MASK);
    await expectNoRealNumber(a);

    // F3 redials the last call: by its contact phone, still masked
    await a.getByRole('heading', { level: 1 }).click(); // keys go to the page, not a field
    await a.keyboard.press('F3');
    await answerOn(CUSTOMER);
    await expect(a.getByTestId('call-number')).toHaveText(MASK);
    await expectNoRealNumber(a);
    await hangUpBoth();
    await expect(a.getByTestId('recent-call').first()).toContainText(MASK);
    await expectNoRealNumber(a);

    // main's and the page's log files: numbers are masked there too
    const logDir = join(process.env.DIALDECK_E2E_DATA_DIR!, 'logs');
    const logs = readdirSync(logDir).map((f) => readFileSync(join(logDir, f), 'utf8')).join('\n');
    expect(logs).not.toContain(NATIONAL);
  });

  test('click-to-dial: a number on the contact card dials it through placeCall and shows the dialer (en)', async () => {
    await language('en');
    await a.getByTestId('nav-contacts').click();
    await a.getByTestId('contact-search').fill(CLICK_NAME);
    await expect(a.getByTestId('contact-total')).toHaveAttribute('data-query', CLICK_NAME);
    await a.getByTestId('contact-row').filter({ hasText: CLICK_NAME }).click();
    const dial = a.getByTestId('card-phone-dial');
    await expect(dial).toHaveText(CLICK_GROUPED);
    await dial.click();
    await expect(a.getByTestId('dialer')).toBeVisible();
    await answerOn(CLICK);
    await expect(a.getByTestId('call-number')).toContainText(CLICK_GROUPED);
    await hangUpBoth();
    await expect(a.getByTestId('recent-call').first()).toContainText(CLICK_NAME);
  });

  test('a callback asks the binding server and shows X and the expiry until the switch calls (en)', async () => {
    await language('en');
    await a.getByTestId('dial-privacy').selectOption('callback');
    await a.getByTestId('dial-number').fill('13600136000');
    await a.getByTestId('dial-number').press('Enter');
    const waiting = a.getByTestId('privacy-callback');
    await expect(waiting).toBeVisible();
    await expect(waiting.getByTestId('privacy-x')).toContainText(/171 0000 000[12]/);
    await expect(waiting.getByTestId('privacy-expiry')).toContainText('expires in');
    await screenshot(a, 'privacy-callback-en');
    await a.getByTestId('dial-privacy').selectOption('off');
  });
});
