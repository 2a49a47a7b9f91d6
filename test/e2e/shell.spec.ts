import { expect, test } from '@playwright/test';
import { HARNESS_PORT, HARNESS_TOKEN } from './harness-env';
import { chooseLanguage, openApp, screenshot } from './app';
import { inlineScriptViolation } from '../support/csp-probe';
import { clearSipAccounts, HarnessIpc } from './support/harness-ipc';

const screens = ['dialer', 'contacts', 'campaigns', 'setup', 'settings'] as const;
const labels = {
  'zh-CN': { dialer: '拨号', contacts: '客户', campaigns: '外呼任务', setup: '设备配置', settings: '设置', harness: '浏览器测试环境' },
  en: { dialer: 'Dialer', contacts: 'Contacts', campaigns: 'Campaigns', setup: 'Setup', settings: 'Settings', harness: 'Browser harness' },
} as const;

test.describe('app shell in the harness', () => {
  test('follows the OS language (zh-CN) on first start', async ({ page }) => {
    await openApp(page);
    await chooseLanguage(page, 'system');
    await expect(page.getByTestId('nav-dialer')).toHaveText('拨号');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  for (const lang of ['zh-CN', 'en'] as const) {
    test(`every screen in ${lang}`, async ({ page }) => {
      await openApp(page);
      await chooseLanguage(page, lang);
      await expect(page.getByTestId('harness-badge')).toHaveText(labels[lang].harness);
      for (const s of screens) {
        await page.getByTestId(`nav-${s}`).click();
        await expect(page.getByTestId(`nav-${s}`)).toHaveText(labels[lang][s]);
        await expect(page.getByTestId(`nav-${s}`)).toHaveAttribute('aria-current', 'page');
        await expect(page.locator('main h1')).toHaveText(labels[lang][s] === '拨号' ? '拨号' : labels[lang][s]);
        await screenshot(page, `shell-${s}-${lang}`);
      }
      await expect(page.getByTestId('status-devices')).toBeVisible();
    });
  }

  test('the language choice survives a reload (it is a setting in main)', async ({ page }) => {
    await openApp(page);
    await chooseLanguage(page, 'en');
    await page.reload();
    await expect(page.getByTestId('nav-contacts')).toHaveText('Contacts');
    await chooseLanguage(page, 'zh-CN');
    await page.reload();
    await expect(page.getByTestId('nav-contacts')).toHaveText('客户');
  });

  test('keyboard: Alt+number switches screens and focus is visible', async ({ page }) => {
    await openApp(page);
    await chooseLanguage(page, 'en');
    await page.keyboard.press('Alt+2');
    await expect(page.getByTestId('nav-contacts')).toHaveAttribute('aria-current', 'page');
    await page.keyboard.press('Alt+4');
    await expect(page.locator('main h1')).toHaveText('Setup');
  });

  test('the status bar shows the devices process state from main', async ({ page }) => {
    await openApp(page);
    await chooseLanguage(page, 'en');
    await expect(page.getByTestId('status-devices')).toHaveText('devices ready', { timeout: 20_000 });
    await expect(page.getByTestId('status-headset')).toContainText('Headset');
  });

  test('with no outbound line the dialer says so and opens the setup step that adds one', async ({ page }) => {
    const ipc = await HarnessIpc.open(HARNESS_PORT, HARNESS_TOKEN);
    await clearSipAccounts(ipc);
    await ipc.close();
    await openApp(page);
    await chooseLanguage(page, 'zh-CN');
    await page.getByTestId('nav-dialer').click();
    await expect(page.locator('main')).toContainText('尚未配置外呼线路');
    await page.getByTestId('dialer-go-setup').click();
    await expect(page.getByTestId('nav-setup')).toHaveAttribute('aria-current', 'page');
    await expect(page.getByTestId('wizard-nav-sip')).toHaveAttribute('aria-current', 'step');
  });

  test('the token leaves the address bar once read', async ({ page }) => {
    await openApp(page);
    expect(page.url()).not.toContain(HARNESS_TOKEN);
  });

  const startup = {
    'zh-CN': { noToken: '这个页面缺少访问令牌', wrongToken: '令牌不对或已过期' },
    en: { noToken: 'This page has no access token', wrongToken: 'the token is wrong or out of date' },
  } as const;
  for (const lang of ['zh-CN', 'en'] as const) {
    test(`without the token the page says the token is missing and where to get one (${lang} browser)`, async ({ browser }) => {
      const context = await browser.newContext({ locale: lang });
      const page = await context.newPage();
      await page.goto('/');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(startup[lang].noToken);
      await expect(alert).toContainText('#token=');
      await expect(alert).toHaveAttribute('lang', lang);
      await screenshot(page, `startup-no-token-${lang}`);
      await context.close();
    });

    test(`a wrong token is refused and the page says so instead of staying blank (${lang} browser)`, async ({ browser }) => {
      const context = await browser.newContext({ locale: lang });
      const page = await context.newPage();
      await page.goto('/#token=not-this-run');
      await expect(page.getByRole('alert')).toContainText(startup[lang].wrongToken);
      await context.close();
    });
  }

  test('the CSP header is sent and blocks inline script', async ({ page }) => {
    const response = await page.goto(`/#token=${HARNESS_TOKEN}`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByTestId('harness-badge').waitFor();
    const violated = await inlineScriptViolation(page);
    expect(violated).toMatch(/script-src/);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  });
});
