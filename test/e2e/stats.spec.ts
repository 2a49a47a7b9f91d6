// The stats board in the harness: calls logged through the contract (crm:logCall) show up as the right
// figures in charts and tables for a picked range and campaign, in zh-CN and en; CSV and XLSX exports
// land in the export folder with the same figures; charts follow the window and break no CSP rule.
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { parseString } from '@fast-csv/parse';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { chooseLanguage, openApp, screenshot } from './app';
import { HARNESS_PORT, HARNESS_TOKEN } from './harness-env';
import { HarnessIpc } from './support/harness-ipc';

test.describe.configure({ mode: 'serial' });
// the desk's clock: days and hours on the board are Shanghai's
test.use({ timezoneId: 'Asia/Shanghai' });

const ZONE = 'Asia/Shanghai';
/** a campaign only this run has dialled, so the figures are exact however many calls other specs logged */
const CAMPAIGN = `e2e-stats-${randomBytes(4).toString('hex')}`;
const OTHER = `${CAMPAIGN}-b`;
const shanghaiDay = (offsetDays: number) => new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
const DAY1 = shanghaiDay(-2);
const DAY2 = shanghaiDay(-1);
const at = (day: string, time: string) => Date.parse(`${day}T${time}+08:00`);

/** [day, start, outcome, talk seconds (null: never answered), direction, campaign] */
const CALLS = [
  [DAY1, '09:10:00', 'answered', 120, 'outbound', CAMPAIGN],
  [DAY1, '09:40:00', 'noAnswer', null, 'outbound', CAMPAIGN],
  [DAY1, '14:05:00', 'busy', null, 'outbound', CAMPAIGN],
  [DAY1, '14:30:00', 'answered', 60, 'outbound', CAMPAIGN],
  [DAY2, '10:00:00', 'invalidNumber', null, 'outbound', CAMPAIGN],
  [DAY2, '10:15:00', 'answered', 30, 'inbound', CAMPAIGN],
  [DAY2, '11:00:00', 'answered', 45, 'outbound', OTHER],
] as const;
const NUMBERS = CALLS.map((_, i) => `1390077${String(4000 + i)}`);

test.beforeAll(async () => {
  const ipc = await HarnessIpc.open(HARNESS_PORT, HARNESS_TOKEN);
  for (const [i, [day, time, outcome, talk, direction, campaignId]] of CALLS.entries()) {
    const startedAt = at(day, time);
    const answeredAt = talk === null ? null : startedAt + 8000;
    await ipc.call('crm:logCall', {
      line: 'sip:e2e', direction, number: NUMBERS[i], startedAt, outcome, campaignId,
      answeredAt, endedAt: answeredAt === null ? startedAt + 30_000 : answeredAt + talk! * 1000,
    });
  }
  ipc.close();
});

async function openBoard(page: Page, lang: 'zh-CN' | 'en') {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await openApp(page);
  await chooseLanguage(page, lang);
  // zod's one-time eval probe (elsewhere in the app) is refused by the CSP before the board opens;
  // whatever the board itself does must add nothing
  await page.evaluate(() => ((window as unknown as { __cspBeforeBoard: string[] }).__cspBeforeBoard = [...(window as unknown as { __csp: string[] }).__csp]));
  await page.getByTestId('nav-stats').click();
  await expect(page.getByTestId('stats-zone')).toContainText(ZONE);
  await page.getByTestId('stats-from').fill(DAY1);
  await page.getByTestId('stats-to').fill(DAY2);
  await page.getByTestId('stats-campaign').selectOption(CAMPAIGN);
  await expect(page.getByTestId('stats-board')).toHaveAttribute('data-loaded', JSON.stringify({ from: DAY1, to: DAY2, timeZone: ZONE, campaignId: CAMPAIGN }));
}

/** The whole board in one picture: a window tall enough for charts and tables, scrolled to the top. */
async function boardScreenshot(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 2300 });
  await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
  await expect.poll(() => page.getByTestId('stats-chart-talk').evaluate((box) => Math.abs(box.getBoundingClientRect().width - box.querySelector('canvas')!.getBoundingClientRect().width))).toBeLessThanOrEqual(1);
  await screenshot(page, name);
}

const cells = (page: Page, testId: string) => page.getByTestId(testId).locator('th, td');
const readCsv = (text: string) =>
  new Promise<string[][]>((resolve, reject) => {
    const rows: string[][] = [];
    parseString<string[], string[]>(text).on('data', (r: string[]) => rows.push(r)).on('error', reject).on('end', () => resolve(rows));
  });

test('zh-CN: the figures of one campaign, as tiles, charts and tables', async ({ page }) => {
  await openBoard(page, 'zh-CN');
  await expect(page.locator('main h1')).toHaveText('统计');
  await expect(page.getByTestId('nav-stats')).toHaveText('统计');
  // 6 calls: 5 dialled, 2 answered → 40 %; talk 120 + 60 + 30 s = 3:30 over 3 calls → 1:10
  await expect(page.getByTestId('stats-total-calls')).toHaveText('6');
  await expect(page.getByTestId('stats-total-rate')).toHaveText('40.0%');
  await expect(page.getByTestId('stats-total-talk')).toHaveText('3:30');
  await expect(page.getByTestId('stats-total-avg')).toHaveText('1:10');
  // per day: date, calls, outbound, answered, rate, inbound, talk, average
  await expect(cells(page, `stats-day-${DAY1}`)).toHaveText([DAY1, '4', '4', '2', '50.0%', '0', '3:00', '1:30']);
  await expect(cells(page, `stats-day-${DAY2}`)).toHaveText([DAY2, '2', '1', '0', '0.0%', '1', '0:30', '0:30']);
  await expect(page.getByTestId('stats-campaigns').locator('tbody tr')).toHaveCount(1);
  await expect(cells(page, `stats-campaign-${CAMPAIGN}`).first()).toHaveText(CAMPAIGN);
  await expect(cells(page, 'stats-outcome-answered')).toHaveText(['已接通', '3', '50.0%']);
  await expect(cells(page, 'stats-outcome-busy')).toHaveText(['占线', '1', '16.7%']);
  await page.getByText('查看各时段数字').click();
  await expect(cells(page, 'stats-hour-9').nth(1)).toHaveText('2');
  await expect(cells(page, 'stats-hour-14').nth(1)).toHaveText('2');
  await expect(cells(page, 'stats-hour-10').nth(1)).toHaveText('2');
  // four charts drawn on canvases, each labelled and tied to its table
  for (const chart of ['hours', 'rate', 'talk', 'outcomes']) {
    const box = page.getByTestId(`stats-chart-${chart}`);
    await expect(box.locator('canvas')).toHaveCount(1);
    await expect(box).toHaveAttribute('role', 'img');
    await expect(box).toHaveAttribute('aria-describedby', /^stats-table-/);
  }
  await boardScreenshot(page, 'stats-board-zh-CN');
  const csp = await page.evaluate(() => (window as unknown as { __csp: string[]; __cspBeforeBoard: string[] }));
  expect(csp.__csp).toEqual(csp.__cspBeforeBoard);
});

test('all calls: both campaigns appear, each with its own figures', async ({ page }) => {
  await openBoard(page, 'zh-CN');
  await page.getByTestId('stats-campaign').selectOption('');
  await expect(page.getByTestId('stats-board')).toHaveAttribute('data-loaded', /"campaignId":null/);
  await expect(cells(page, `stats-campaign-${CAMPAIGN}`).nth(1)).toHaveText('6');
  await expect(cells(page, `stats-campaign-${OTHER}`)).toHaveText([OTHER, '1', '1', '1', '100.0%', '0', '0:45', '0:45']);
});

test('charts resize with the window', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openBoard(page, 'en');
  const chart = page.getByTestId('stats-chart-hours');
  const widths = () => chart.evaluate((box) => [Math.round(box.getBoundingClientRect().width), Math.round(box.querySelector('canvas')!.getBoundingClientRect().width)]);
  const [wide] = await widths();
  // narrower window: two chart columns become one, so the box changes width and the canvas follows it
  for (const width of [900, 1100]) {
    await page.setViewportSize({ width, height: 900 });
    await expect.poll(async () => (await widths())[0]).not.toBe(wide);
    await expect.poll(async () => { const [box, canvas] = await widths(); return Math.abs(box! - canvas!); }).toBeLessThanOrEqual(1);
  }
});

test('a range that ends before it starts is refused in place', async ({ page }) => {
  await openBoard(page, 'en');
  await page.getByTestId('stats-to').fill(shanghaiDay(-5));
  await expect(page.getByTestId('stats-range-problem')).toHaveText('The end date is before the start date. Move the end date to the start date or later.');
  await expect(page.getByTestId('stats-export-csv')).toBeDisabled();
});

test('en: the same figures, exported as CSV and XLSX into the export folder', async ({ page }) => {
  await openBoard(page, 'en');
  await expect(page.locator('main h1')).toHaveText('Stats');
  await expect(page.getByTestId('stats-total-rate')).toHaveText('40.0%');
  await expect(cells(page, 'stats-outcome-answered')).toHaveText(['Answered', '3', '50.0%']);
  await boardScreenshot(page, 'stats-board-en');

  await page.getByTestId('stats-export-csv').click();
  const csvPath = (await page.getByTestId('stats-export-result').locator('code').textContent())!;
  expect(csvPath).toMatch(new RegExp(`dialdeck-stats-${DAY1}_${DAY2}-${CAMPAIGN}-\\d{8}T\\d{6}\\.csv$`));
  const bytes = readFileSync(csvPath);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  const rows = await readCsv(text);
  expect(rows[0]!.slice(0, 8)).toEqual(['Group', 'Item', 'Calls', 'Outbound', 'Connected', 'Connect rate', 'Inbound', 'Talk time (s)']);
  expect(rows.find((r) => r[1] === DAY1)!.slice(0, 9)).toEqual(['Per day', DAY1, '4', '4', '2', '50.0%', '0', '180', '90']);
  expect(rows.find((r) => r[0] === 'Total')!.slice(2, 8)).toEqual(['6', '5', '2', '40.0%', '1', '210']);
  for (const n of NUMBERS) expect(text).not.toContain(n);

  await page.getByTestId('stats-export-xlsx').click();
  await expect(page.getByTestId('stats-export-result')).toContainText('.xlsx');
  const xlsxPath = (await page.getByTestId('stats-export-result').locator('code').textContent())!;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxPath);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['Per day', 'Per hour of the day', 'Per campaign', 'Total']);
  const day2 = workbook.getWorksheet('Per day')!.getRow(3);
  expect([day2.getCell(1).value, day2.getCell(2).value, day2.getCell(3).value, day2.getCell(4).value, day2.getCell(5).value]).toEqual([DAY2, 2, 1, 0, 0]);
  const total = workbook.getWorksheet('Total')!.getRow(2);
  expect([total.getCell(2).value, total.getCell(5).value, total.getCell(7).value]).toEqual([6, 0.4, 210]);
  await screenshot(page, 'stats-exported-en');
});
