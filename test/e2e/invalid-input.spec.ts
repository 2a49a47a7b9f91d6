// Every form in zh-CN given invalid input and submitted: the dial pad, the contacts import (a binary
// file, an empty CSV, a spreadsheet of the wrong kind), the DNC form, the campaign editor, the SIP
// account form, the setup wizard's binding server (a bad address, an address that does not answer, no
// key), the profile import, the stats range; then the diagnostics bundle's summary.txt. What appears
// must be said in Chinese, with no English sentence and no ASCII colon or comma in Chinese text (the
// same check as every-screen.spec.ts), and each failure must say something (it is not silently empty).
import { execFileSync } from 'node:child_process';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chooseLanguage, screenshot } from './app';
import { HARNESS_PORT } from './harness-env';
import { HarnessIpc } from './support/harness-ipc';
import { isLatinSentence, latinSentences } from './support/latin-sentences';
import { startSecondHarness, type SecondHarness } from './support/second-harness';

test.describe.configure({ mode: 'serial' });

let desk: SecondHarness;
let page: Page;
const found: string[] = [];

// a desk of its own: these tests leave a binding server, a SIP account and a failed import behind
test.beforeAll(async ({ browser }) => {
  desk = await startSecondHarness(HARNESS_PORT - 11);
  // one SIP line whose server is not there (the SIP lab does not run for this spec), so the dial pad shows
  const ipc = await HarnessIpc.open(desk.port, desk.token);
  await ipc.call('settings:update', { sip: { accounts: [{ id: 'office', server: 'ws://127.0.0.1:8088', user: '1001', domain: '127.0.0.1', displayName: '坐席 1001' }] } });
  await ipc.call('secrets:set', { key: 'sip:office', value: 'pw' });
  ipc.close();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  await page.goto(desk.url);
  await page.getByTestId('harness-badge').waitFor();
  await chooseLanguage(page, 'zh-CN');
});
test.afterAll(async () => {
  await page?.close();
  await desk?.stop();
});

/** Waits for the failure to be said, then checks everything on the page. */
async function check(form: string, failure: Locator): Promise<void> {
  await expect(failure).toBeVisible();
  await expect(failure).not.toBeEmpty();
  await expect(failure).toContainText(/[\u4e00-\u9fff]/);
  await screenshot(page, `invalid-${form}-zh-CN`);
  found.push(...(await latinSentences(page)).map((s) => `${form}: ${s}`));
}

test('dial pad: a hostile string, a number on a line whose server is not there', async () => {
  await page.getByTestId('nav-dialer').click();
  const number = page.getByTestId('dial-number');
  await number.fill('<sip:evil>');
  await number.press('Enter');
  await check('dial-hostile', page.getByTestId('dial-problem'));
  await number.fill('13800138000');
  await number.press('Enter');
  // nothing reached the network: the last call says 未拨出 with why and what to do
  await check('dial-no-server', page.getByTestId('last-call-reason'));
});

test('contacts import: a binary file, an empty CSV, an .xls, a CSV with a quote never closed', async () => {
  await page.getByTestId('nav-contacts').click();
  await page.getByTestId('contacts-tab-import').click();
  const files = [
    ['binary', { name: '客户.csv', mimeType: 'text/csv', buffer: Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 256)) }],
    ['empty', { name: '空名单.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) }],
    ['xls', { name: '旧表格.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from('not really a workbook') }],
    ['workbook', { name: '坏表格.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('PK not really a zip') }],
    ['quote', { name: '引号.csv', mimeType: 'text/csv', buffer: Buffer.from('姓名,手机\n张三,13800138000\n李四,"13900139000\n', 'utf8') }],
  ] as const;
  for (const [name, file] of files) {
    await page.getByTestId('import-file').setInputFiles(file);
    await check(`import-${name}`, page.getByTestId('import-error'));
  }
  await expect(page.getByTestId('import-error')).toContainText('第 3 行');
  // a file whose quote is never closed past the preview's rows: the import itself fails and says the line
  const rows = Array.from({ length: 30 }, (_, i) => `客户${i},1380013${String(8000 + i)}`);
  await page.getByTestId('import-file').setInputFiles({ name: '长名单.csv', mimeType: 'text/csv', buffer: Buffer.from(['姓名,手机', ...rows, '李四,"13900139000', ''].join('\n'), 'utf8') });
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await page.getByTestId('import-start').click();
  await check('import-run-quote', page.getByTestId('import-error'));
  await expect(page.getByTestId('import-error')).toContainText('第 32 行');
});

test('DNC form: a number that is none', async () => {
  await page.getByTestId('contacts-tab-dnc').click();
  await page.getByTestId('dnc-number').fill('12345');
  await page.getByTestId('dnc-add').click();
  await check('dnc', page.getByTestId('dnc-error'));
});

test('campaign editor: empty, then out-of-range values', async () => {
  await page.getByTestId('nav-campaigns').click();
  await page.getByTestId('campaign-new').click();
  await page.getByTestId('campaign-save').click();
  await check('campaign-empty', page.getByTestId('editor-error'));
  await page.getByTestId('field-name').fill('春季回访');
  await page.getByTestId('field-wrap').fill('99999');
  await page.getByTestId('campaign-save').click();
  await check('campaign-range', page.getByTestId('editor-error'));
  for (const text of await page.getByTestId('campaign-editor').locator('.field-error').allTextContents()) expect(text).toMatch(/[\u4e00-\u9fff]/);
});

test('SIP account form: a web address that is no SIP server, an empty user', async () => {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('sip-account-add').click();
  await page.getByTestId('sip-account-server').fill('http://pbx.example.com');
  await page.getByTestId('sip-account-user').fill('');
  await page.getByTestId('sip-account-save').click();
  await expect(page.getByTestId('sip-account-server')).toHaveAttribute('aria-invalid', 'true');
  await check('sip-account-server', page.locator('#sip-error-server'));
  await check('sip-account-user', page.locator('#sip-error-user'));
});

test('setup wizard: a bad binding address, an address that does not answer, no key; a profile that is none', async () => {
  await page.getByTestId('nav-setup').click();
  await page.getByTestId('wizard-nav-binding').click();
  await page.getByTestId('binding-url').fill('ftp://binding.example.com');
  await page.getByTestId('binding-check').click();
  await check('binding-url', page.getByTestId('binding-error'));

  // well-formed, but nothing listens there; with a key the check asks and says it cannot reach it
  await page.getByTestId('binding-url').fill('https://127.0.0.1:9');
  await page.getByTestId('binding-keyId').fill('desk-7');
  await page.getByTestId('binding-secret').fill('not-a-real-secret');
  await page.getByTestId('binding-poolId').fill('pool-a');
  await page.getByTestId('binding-check').click();
  await expect(page.getByTestId('proof-binding.reachable')).toHaveAttribute('data-outcome', 'fail', { timeout: 15_000 });
  await check('binding-unreachable', page.getByTestId('proof-binding.reachable').locator('.proof-detail'));

  // another key id, whose secret was never stored: refused before anything is sent, with the reason
  await page.getByTestId('binding-keyId').fill('desk-8');
  await page.getByTestId('binding-check').click();
  await expect(page.getByTestId('proof-binding.reachable')).toContainText('没有保存绑定服务器的密钥');
  await check('binding-no-key', page.getByTestId('proof-binding.reachable').locator('.proof-detail'));

  await page.getByTestId('wizard-nav-summary').click();
  await page.getByTestId('profile-import').setInputFiles({ name: 'profile.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"something-else"}') });
  await check('profile', page.getByTestId('profile-import-error'));
});

test('stats range: ends before it starts', async () => {
  await page.getByTestId('nav-stats').click();
  await page.getByTestId('stats-from').fill('2026-03-10');
  await page.getByTestId('stats-to').fill('2026-03-01');
  await check('stats-range', page.getByTestId('stats-range-problem'));
});

test('the diagnostics bundle’s summary is Chinese', async () => {
  await page.getByTestId('nav-setup').click();
  await page.getByTestId('wizard-nav-summary').click();
  await page.getByTestId('diagnostics-bundle').click();
  const path = (await page.getByTestId('diagnostics-result').locator('code').textContent({ timeout: 20_000 }))!;
  const summary = execFileSync('python3', ['-c', 'import sys,zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read("summary.txt").decode("utf-8-sig"))', path], { encoding: 'utf8' });
  expect(summary).toContain('Dialdeck 诊断摘要');
  // a line's device names, paths, addresses and codes are the system's; the rest must be Chinese
  const names = new Set(['Jabra', 'Evolve', 'memory', 'linux', 'harness', 'node', 'json', 'txt', 'log', 'logs', 'fc', 'electron', 'chrome']);
  for (const line of summary.split('\n')) {
    const text = line.replace(/[a-z]+:\/\/[!-~]+|[!-~]*[/@.][!-~]*|\[[^\]]*\]/g, '');
    if (isLatinSentence(text, names)) found.push(`summary.txt: ${line}`);
  }
});

test('nothing English on any of them', () => {
  expect(found).toEqual([]);
});
