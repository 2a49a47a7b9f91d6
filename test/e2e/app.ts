// Opens Dialdeck in the harness and gives specs small helpers.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { HARNESS_TOKEN } from './harness-env';

export async function openApp(page: Page): Promise<void> {
  await page.goto(`/#token=${HARNESS_TOKEN}`);
  await page.getByTestId('harness-badge').waitFor();
}

/** Picks a language in Settings, as a user would, and waits for the UI to switch. */
export async function chooseLanguage(page: Page, language: 'zh-CN' | 'en' | 'system'): Promise<void> {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('language-select').selectOption(language);
  await page.waitForFunction((lang) => lang === 'system' || document.documentElement.lang === lang, language);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}
