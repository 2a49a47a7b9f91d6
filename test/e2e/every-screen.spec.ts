// Every screen in both languages at the two sizes agents' desks have (1366×768 laptops, 1920×1080
// monitors): a screenshot each under test-results/screenshots/ (names end in the language), and in
// zh-CN no sentence in Latin script (only proper nouns, numbers, addresses and codes) and no ASCII colon
// or comma in Chinese text.
import { expect, test } from '@playwright/test';
import { chooseLanguage, openApp, screenshot } from './app';
import { latinSentences } from './support/latin-sentences';

const SCREENS = ['dialer', 'contacts', 'campaigns', 'stats', 'setup', 'settings'] as const;
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

for (const lang of ['zh-CN', 'en'] as const) {
  for (const size of SIZES) {
    test(`every screen at ${size.width}×${size.height} in ${lang}`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: size, locale: lang });
      const page = await context.newPage();
      await openApp(page);
      await chooseLanguage(page, lang);
      const found: string[] = [];
      for (const screen of SCREENS) {
        await page.getByTestId(`nav-${screen}`).click();
        await expect(page.getByTestId(`nav-${screen}`)).toHaveAttribute('aria-current', 'page');
        await page.waitForLoadState('networkidle');
        await screenshot(page, `screen-${screen}-${size.width}x${size.height}-${lang}`);
        if (lang === 'zh-CN') found.push(...(await latinSentences(page)).map((s) => `${screen}: ${s}`));
      }
      expect(found).toEqual([]);
      await context.close();
    });
  }
}
