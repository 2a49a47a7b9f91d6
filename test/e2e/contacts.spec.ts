// Contacts in the harness: DNC, a GBK list with Chinese headers through the import wizard, search, the
// card (user text stays text), the DNC mark in the list rows, cancelling a big import, the list filter,
// and screenshots in both languages.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import iconv from 'iconv-lite';
import { chooseLanguage, screenshot } from './app';
import { HARNESS_PORT } from './harness-env';
import { startSecondHarness, type SecondHarness } from './support/second-harness';

test.describe.configure({ mode: 'serial' });

const XSS = '<img src=x onerror=alert(1)>';

/** The customer list a Chinese call center gets from a CRM export: GBK, Chinese headers, numbers as typed. */
const GBK_ROWS = [
  ['姓名', '手机', '公司', '备注', '标签', '微信号'],
  ['张伟', '+86 138 0013 8000', '北京星辰科技有限公司', '老客户，上午联系', 'VIP', 'zhangwei88'],
  ['李娜', '0086-139 0000 1111', '上海浦江贸易', '', '', ''],
  ['王芳', '１３７００１３７０００', '广州南方电器', '全角数字', '', ''],
  ['赵磊', '010-6552 9988 转 123', '北京总机', '座机带分机', '', ''],
  ['张伟(重复)', '13800138000', '重复行', '', '', ''],
  ['错号', '12345', '无效号码', '', '', ''],
  ['免打扰客户', '139 1234 5678', '已投诉', '', '', ''],
  ['陈静', '186-1234-5678', '深圳海岸', '', '回访,意向', ''],
];
const csv = (rows: string[][]) => rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') + '\r\n';
const gbkFile = () => ({ name: '客户名单.csv', mimeType: 'text/csv', buffer: iconv.encode(csv(GBK_ROWS), 'gbk') });

/** A second, UTF-8 list whose name sorts after 客户名单 in pinyin (yī > kè) but before it by code point. */
const SECOND_LIST = '一月回访';
const secondFile = () => ({
  name: 'second.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from('name,mobile,company\n周杰,135 1234 5678,杭州西湖茶业\n吴敏,159-0000-1111,成都天府物流\n', 'utf8'),
});

function bigFile(rows: number) {
  const lines = ['name,mobile,company'];
  for (let i = 0; i < rows; i++) lines.push(`客户${i},1${String(3000000000 + i).padStart(10, '0')},公司${i % 977}`);
  return { name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n') + '\n', 'utf8') };
}

// These tests start from an empty CRM and build on each other, so they get a desk of their own: the
// shared harness's CRM holds whatever the campaign and shift specs imported.
let desk: SecondHarness;
test.beforeAll(async () => {
  desk = await startSecondHarness(HARNESS_PORT - 9);
});
test.afterAll(async () => desk?.stop());

async function openContacts(page: Page, lang: 'zh-CN' | 'en') {
  await page.goto(desk.url);
  await page.getByTestId('harness-badge').waitFor();
  await chooseLanguage(page, lang);
  await page.getByTestId('nav-contacts').click();
}

async function search(page: Page, text: string) {
  await page.getByTestId('contact-search').fill(text);
  await expect(page.getByTestId('contact-total')).toHaveAttribute('data-query', text); // debounced search answered
}

/** Upload + preview; leaves the wizard on the mapping step. */
async function chooseFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByTestId('contacts-tab-import').click();
  await page.getByTestId('import-file').setInputFiles(file);
  await expect(page.getByTestId('import-preview')).toBeVisible();
}

test('zh-CN: DNC first, then a GBK list with Chinese headers through the wizard, then search', async ({ page }) => {
  await openContacts(page, 'zh-CN');
  await expect(page.getByTestId('contacts-empty-import')).toBeVisible();
  await screenshot(page, 'contacts-empty-zh-CN');

  // DNC: an invalid number is refused with what to do; a real one is added in any format.
  await page.getByTestId('contacts-tab-dnc').click();
  await page.getByTestId('dnc-number').fill('12345');
  await page.getByTestId('dnc-add').click();
  await expect(page.getByTestId('dnc-error')).toContainText('不是有效的电话号码');
  await expect(page.getByTestId('dnc-number')).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('dnc-number').fill('+86 139-1234-5678');
  await page.getByTestId('dnc-reason').selectOption('complaint');
  await page.getByTestId('dnc-note').fill('客户投诉');
  await page.getByTestId('dnc-add').click();
  await expect(page.getByTestId('dnc-table')).toContainText('139 1234 5678');
  await expect(page.getByTestId('dnc-table')).toContainText('投诉');
  await expect(page.getByTestId('dnc-status')).toContainText('已将 139 1234 5678 加入勿扰名单');
  await screenshot(page, 'contacts-dnc-zh-CN');

  // Import: GBK detected, Chinese headers mapped, then the counts and the per-row report.
  await page.getByTestId('contacts-tab-import').click();
  await screenshot(page, 'contacts-import-choose-zh-CN');
  await chooseFile(page, gbkFile());
  await expect(page.getByTestId('import-encoding')).toContainText('GBK');
  await expect(page.getByTestId('import-preview')).toContainText('北京星辰科技有限公司');
  await expect(page.getByTestId('map-0')).toHaveValue('name');
  await expect(page.getByTestId('map-1')).toHaveValue('phone');
  await expect(page.getByTestId('map-2')).toHaveValue('company');
  await expect(page.getByTestId('map-3')).toHaveValue('note');
  await expect(page.getByTestId('map-4')).toHaveValue('tags');
  await expect(page.getByTestId('map-5')).toHaveValue('extra');
  await expect(page.getByTestId('import-list-name')).toHaveValue('客户名单');
  await screenshot(page, 'contacts-import-map-zh-CN');
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-result')).toContainText('导入完成');
  await expect(page.getByTestId('count-rows')).toContainText('8');
  await expect(page.getByTestId('count-imported')).toContainText('5');
  await expect(page.getByTestId('count-duplicates')).toContainText('1');
  await expect(page.getByTestId('count-invalid')).toContainText('1');
  await expect(page.getByTestId('count-dnc')).toContainText('1');
  const issues = page.getByTestId('import-issues').locator('tbody tr');
  await expect(issues).toHaveCount(3);
  await expect(issues.filter({ hasText: '文件内重复' })).toContainText('6');
  await expect(issues.filter({ hasText: '号码无效' })).toContainText('12345');
  await expect(issues.filter({ hasText: '在勿扰名单上' })).toContainText('8');
  await screenshot(page, 'contacts-import-summary-zh-CN');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-export').click()]);
  const report = readFileSync((await download.path())!, 'utf8');
  expect(report.charCodeAt(0)).toBe(0xfeff);
  expect(report).toContain('12345');
  // the report speaks the UI language: Chinese headers, reasons and details with what to do
  expect(report.split('\r\n')[0]).toBe('\ufeff行号,原因,号码,说明');
  expect(report).toContain('号码无效,12345,不是有效的电话号码。请改正号码后重新导入这一行。');
  expect(report).not.toMatch(/[A-Za-z]{3,}/);

  // Search by a number fragment (any format) and by a Chinese name.
  await page.getByRole('button', { name: '查看客户' }).click();
  await expect(page.getByTestId('contact-total')).toHaveText('共 5 位客户');
  await search(page, '0013 8000');
  await expect(page.getByTestId('contact-row')).toHaveCount(1);
  await expect(page.getByTestId('contact-row')).toContainText('张伟');
  await expect(page.getByTestId('contact-row')).toContainText('138 0013 8000');
  await search(page, '6552');
  await expect(page.getByTestId('contact-row')).toContainText('赵磊');
  await search(page, '王芳');
  await expect(page.getByTestId('contact-row')).toHaveCount(1);
  await expect(page.getByTestId('contact-row')).toContainText('137 0013 7000');
  await search(page, '');
  await expect(page.getByTestId('contact-row')).toHaveCount(5);
  await page.getByTestId('contact-filter-tag').fill('意向');
  await expect(page.getByTestId('contact-row')).toHaveCount(1);
  await expect(page.getByTestId('contact-row')).toContainText('陈静');
  await page.getByTestId('contact-filter-tag').fill('');
  await expect(page.getByTestId('contact-row')).toHaveCount(5);
  // The list filter offers the imported list with its size; choosing it keeps its 5 contacts.
  await expect(page.getByTestId('contact-filter-list').locator('option')).toHaveText(['全部名单', '客户名单（5 位）']);
  await page.getByTestId('contact-filter-list').selectOption({ label: '客户名单（5 位）' });
  await expect(page.getByTestId('contact-row')).toHaveCount(5);
  await page.getByTestId('contact-filter-list').selectOption({ label: '全部名单' });
  await expect(page.getByTestId('contact-row')).toHaveCount(5);
  await screenshot(page, 'contacts-list-zh-CN');

  // Keyboard: ↓ moves, Enter opens the card; the extension and the kept extra column show.
  await page.getByTestId('contact-list').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('contact-card')).toContainText('赵磊');
  await expect(page.getByTestId('card-phones')).toContainText('010 6552 9988 转 123');
  await expect(page.getByTestId('contact-card')).toContainText('客户名单');
});

test('the card keeps user text as text: an HTML note fires nothing and creates no element', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openContacts(page, 'zh-CN');
  await search(page, '张伟');
  await page.getByTestId('contact-row').first().click();
  const card = page.getByTestId('contact-card');
  await expect(card).toContainText('北京星辰科技有限公司');
  await expect(card).toContainText('zhangwei88');
  await page.getByTestId('card-note-input').fill(XSS);
  await page.getByTestId('card-note-add').click();
  await expect(page.getByTestId('card-notes')).toContainText(XSS);
  await page.getByTestId('card-tag-input').fill(`意向，${XSS}`);
  await page.getByRole('button', { name: '添加标签' }).click();
  await expect(page.getByTestId('card-tags')).toContainText(XSS);
  await page.getByTestId('card-followup-reason').fill('回电确认报价');
  await page.getByTestId('card-followup-add').click();
  await expect(page.getByTestId('card-followups')).toContainText('回电确认报价');
  await page.waitForTimeout(300); // give a would-be onerror handler its chance
  expect(dialogs).toEqual([]);
  expect(await page.locator('img').count()).toBe(0);
  await expect(page.getByTestId('contact-row').first()).toContainText(XSS); // the list shows the tag as text too
  await screenshot(page, 'contacts-card-zh-CN');
  await page.getByRole('button', { name: '完成' }).click();
  await expect(page.getByTestId('card-followups')).toContainText('已于');
});

test('a contact with a number on the DNC list is marked in its list row, whose number is text, not a dial link', async ({ page }) => {
  await openContacts(page, 'zh-CN');
  const rows = page.getByTestId('contact-row');
  const liNa = rows.filter({ hasText: '李娜' });
  await expect(rows).toHaveCount(5);
  await expect(page.getByTestId('contact-row-dnc')).toHaveCount(0);
  // 李娜 asks not to be called again: her number goes on the list from her card
  await liNa.click();
  await expect(page.getByTestId('contact-card')).toContainText('李娜');
  await page.getByTestId('card-phone-add-dnc').click();
  await expect(page.getByTestId('card-phone-dnc')).toContainText('139 0000 1111');
  // her row says so (and only hers); nothing in any row is a link or a button to dial
  await expect(liNa.getByTestId('contact-row-dnc')).toHaveText('勿扰');
  await expect(liNa.getByTestId('contact-row-dnc')).toHaveAttribute('title', '这位客户有号码在勿扰名单上，该号码不能拨打。');
  await expect(page.getByTestId('contact-row-dnc')).toHaveCount(1);
  await expect(liNa).toContainText('139 0000 1111');
  // the badge leaves the number whole, even with the card open beside the list
  expect(await liNa.locator('.c-number').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await expect(page.getByTestId('contact-list').locator('a, button, [role="link"], [role="button"]')).toHaveCount(0);
  await screenshot(page, 'contacts-list-dnc-zh-CN');

  await chooseLanguage(page, 'en');
  await page.getByTestId('nav-contacts').click();
  await expect(liNa.getByTestId('contact-row-dnc')).toHaveText('DNC');
  await screenshot(page, 'contacts-list-dnc-en');

  // off the list again (the DNC panel): the mark goes, and the card offers the number for dialling again
  await chooseLanguage(page, 'zh-CN');
  await page.getByTestId('nav-contacts').click();
  await page.getByTestId('contacts-tab-dnc').click();
  await page.getByRole('button', { name: /139 0000 1111/ }).click();
  await expect(page.getByTestId('dnc-status')).toContainText('139 0000 1111');
  await page.getByTestId('contacts-tab-list').click();
  await expect(rows).toHaveCount(5);
  await expect(page.getByTestId('contact-row-dnc')).toHaveCount(0);
  await liNa.click();
  await expect(page.getByTestId('card-phone-dial')).toHaveText('139 0000 1111');
});

test('cancelling a large import rolls it back', async ({ page }) => {
  await openContacts(page, 'zh-CN');
  await chooseFile(page, bigFile(300_000));
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-status')).toContainText('行/秒', { timeout: 20_000 }); // rows/s, announced (aria-live)
  await expect(page.getByTestId('import-status')).toHaveAttribute('aria-live', 'polite');
  await screenshot(page, 'contacts-import-progress-zh-CN');
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-result')).toContainText('导入已取消', { timeout: 30_000 });
  await page.getByRole('button', { name: '查看客户' }).click();
  await expect(page.getByTestId('contact-total')).toHaveText('共 5 位客户');
});

test('en: list, card, import steps and DNC', async ({ page }) => {
  await openContacts(page, 'en');
  await expect(page.getByTestId('contact-total')).toHaveText('Contacts: 5');
  await screenshot(page, 'contacts-list-en');
  await page.getByTestId('contact-row').first().click();
  await expect(page.getByTestId('contact-card')).toContainText('Notes');
  await screenshot(page, 'contacts-card-en');
  await page.getByTestId('contacts-tab-import').click();
  await screenshot(page, 'contacts-import-choose-en');
  await chooseFile(page, gbkFile());
  await screenshot(page, 'contacts-import-map-en');
  await page.getByTestId('map-1').selectOption('ignore');
  await expect(page.getByRole('alert')).toContainText('Map at least one column to Phone');
  await expect(page.getByTestId('import-start')).toBeDisabled();
  await page.getByTestId('map-1').selectOption('phone');
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-result')).toContainText('Import finished');
  await expect(page.getByTestId('count-imported')).toContainText('0');
  await expect(page.getByTestId('import-issues')).toContainText('Already a contact');
  await screenshot(page, 'contacts-import-summary-en');
  await page.getByTestId('contacts-tab-dnc').click();
  await page.getByTestId('dnc-number').fill('abc');
  await page.getByTestId('dnc-add').click();
  await expect(page.getByTestId('dnc-error')).toContainText('is not a valid phone number');
  await expect(page.getByTestId('dnc-table')).toContainText('139 1234 5678');
  await screenshot(page, 'contacts-dnc-en');
  await page.getByRole('button', { name: 'Remove +86 139 1234 5678' }).or(page.getByRole('button', { name: /Remove 139 1234 5678/ })).click();
  await expect(page.getByTestId('dnc-empty')).toBeVisible();
});

test('the list filter: a second list, sorted in pinyin order, shows exactly its contacts; "All lists" shows all', async ({ page }) => {
  await openContacts(page, 'zh-CN');
  await chooseFile(page, secondFile());
  await page.getByTestId('import-list-name').fill(SECOND_LIST);
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-result')).toContainText('导入完成');
  await expect(page.getByTestId('count-imported')).toContainText('2');
  await page.getByRole('button', { name: '查看客户' }).click();
  await expect(page.getByTestId('contact-total')).toHaveText('共 7 位客户');

  const listFilter = page.getByTestId('contact-filter-list');
  const rows = page.getByTestId('contact-row');
  await expect(listFilter.locator('option')).toHaveText(['全部名单', '客户名单（5 位）', `${SECOND_LIST}（2 位）`]);
  await listFilter.selectOption({ label: `${SECOND_LIST}（2 位）` });
  await expect(page.getByTestId('contact-total')).toHaveText('共 2 位客户');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: '周杰' })).toHaveCount(1);
  await expect(rows.filter({ hasText: '吴敏' })).toHaveCount(1);
  await screenshot(page, 'contacts-list-by-list-zh-CN');
  await listFilter.selectOption({ label: '客户名单（5 位）' });
  await expect(page.getByTestId('contact-total')).toHaveText('共 5 位客户');
  await expect(rows).toHaveCount(5);
  for (const name of ['张伟', '李娜', '王芳', '赵磊', '陈静']) await expect(rows.filter({ hasText: name })).toHaveCount(1);
  await expect(rows.filter({ hasText: /周杰|吴敏/ })).toHaveCount(0);
  await listFilter.selectOption({ label: '全部名单' });
  await expect(page.getByTestId('contact-total')).toHaveText('共 7 位客户');
  await expect(rows).toHaveCount(7);

  await chooseLanguage(page, 'en');
  await page.getByTestId('nav-contacts').click();
  await expect(listFilter.locator('option')).toHaveText(['All lists', '客户名单 (5)', `${SECOND_LIST} (2)`]);
  await listFilter.selectOption({ label: `${SECOND_LIST} (2)` });
  await expect(page.getByTestId('contact-total')).toHaveText('Contacts: 2');
  await expect(rows).toHaveCount(2);
  await screenshot(page, 'contacts-list-by-list-en');
  await listFilter.selectOption({ label: 'All lists' });
  await expect(page.getByTestId('contact-total')).toHaveText('Contacts: 7');
  await expect(rows).toHaveCount(7);
});
