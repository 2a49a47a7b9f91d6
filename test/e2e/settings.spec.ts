import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { chooseLanguage, openApp, screenshot } from './app';
import { HARNESS_PORT, HARNESS_TOKEN } from './harness-env';
import { clearSipAccounts, HarnessIpc } from './support/harness-ipc';

// one harness serves every spec: leave no SIP accounts behind for the next one
test.afterAll(async () => {
  const ipc = await HarnessIpc.open(HARNESS_PORT, HARNESS_TOKEN);
  await clearSipAccounts(ipc);
  ipc.close();
});

test.describe('settings: SIP accounts and audio', () => {
  test.describe.configure({ mode: 'serial' });

  test('an invalid account is refused field by field, in the UI language', async ({ page }) => {
    await openApp(page);
    await chooseLanguage(page, 'zh-CN');
    await page.getByTestId('sip-account-add').click();
    await page.getByTestId('sip-account-server').fill('http://pbx.example.com');
    await page.getByTestId('sip-account-user').fill('10 01');
    await page.getByTestId('sip-account-save').click();
    await expect(page.locator('#sip-error-server')).toContainText('ws://');
    await expect(page.locator('#sip-error-user')).toBeVisible();
    await expect(page.getByTestId('sip-account-server')).toHaveAttribute('aria-invalid', 'true');
    await screenshot(page, 'settings-sip-invalid-zh-CN');
  });

  test('an account is saved without its password, which goes to the secret store', async ({ page }) => {
    await openApp(page);
    await chooseLanguage(page, 'en');
    await page.getByTestId('sip-account-add').click();
    await page.getByTestId('sip-account-displayName').fill('Office 1001');
    await page.getByTestId('sip-account-server').fill('wss://pbx.example.com:8089/ws');
    await page.getByTestId('sip-account-user').fill('1001');
    await page.getByTestId('sip-account-domain').fill('pbx.example.com');
    await page.getByTestId('sip-account-password').fill('s3cret');
    await page.getByTestId('sip-account-recordingPolicy').selectOption('always');
    await screenshot(page, 'settings-sip-form-en');
    // a new SIP server needs a new CSP, so the app reloads itself once the account is saved (keeping
    // the screen): wait for that reload, or ours below can collide with it (net::ERR_ABORTED)
    const selfReload = page.waitForEvent('load');
    await page.getByTestId('sip-account-save').click();
    await selfReload;
    await expect(page.getByTestId('sip-account-list')).toContainText('Office 1001');
    await page.reload();
    await page.getByTestId('nav-settings').click();
    await expect(page.getByTestId('sip-account-list')).toContainText('Office 1001');
    // main wrote the account to the settings file, and the password is not in it
    const settingsText = readFileSync(join(process.env.DIALDECK_E2E_DATA_DIR!, 'settings.json'), 'utf8');
    expect(JSON.parse(settingsText).sip.accounts).toMatchObject([{ user: '1001', domain: 'pbx.example.com', recording: { policy: 'always' } }]);
    expect(settingsText).not.toContain('s3cret');
    await screenshot(page, 'settings-sip-saved-en');
  });

  test('the microphone test shows a live level from the (fake) microphone', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('mic-test').click();
    await expect.poll(async () => Number(await page.getByTestId('mic-level').getAttribute('value')), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.getByTestId('mic-test').click();
    await screenshot(page, 'settings-audio-en');
  });
});

test.describe('a SIP server added after the page loaded', () => {
  /** true when the page's CSP refuses a WebSocket to the URL */
  const blocked = (page: Page, url: string) =>
    page.evaluate(
      (target) =>
        new Promise<boolean>((resolve) => {
          const onViolation = () => resolve(true);
          document.addEventListener('securitypolicyviolation', onViolation, { once: true });
          try {
            new WebSocket(target).close();
          } catch {
            resolve(true);
          }
          setTimeout(() => {
            document.removeEventListener('securitypolicyviolation', onViolation);
            resolve(false);
          }, 500);
        }),
      url,
    );

  test('is allowed by reloading the page (no call is up), on the same screen', async ({ page }) => {
    await openApp(page);
    await chooseLanguage(page, 'en');
    expect(await blocked(page, 'ws://127.0.0.1:8097/ws')).toBe(true);
    await page.evaluate(() => ((window as unknown as { beforeReload: boolean }).beforeReload = true));
    await page.getByTestId('sip-account-add').click();
    await page.getByTestId('sip-account-server').fill('ws://127.0.0.1:8097/ws');
    await page.getByTestId('sip-account-user').fill('3001');
    await page.getByTestId('sip-account-domain').fill('127.0.0.1');
    await page.getByTestId('sip-account-password').fill('pw');
    await page.getByTestId('sip-account-save').click();
    await page.waitForFunction(() => !(window as unknown as { beforeReload?: boolean }).beforeReload);
    await expect(page.locator('main h1')).toHaveText('Settings');
    expect(await blocked(page, 'ws://127.0.0.1:8097/ws')).toBe(false);
  });
});
