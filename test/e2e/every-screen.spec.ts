// Every screen in both languages at the two sizes agents' desks have (1366×768 laptops, 1920×1080
// monitors): a screenshot each under test-results/screenshots/ (names end in the language), and in
// zh-CN no sentence in Latin script (only proper nouns, numbers, addresses and codes) and no ASCII colon
// or comma in Chinese text.
import { expect, test, type Page } from '@playwright/test';
import { chooseLanguage, openApp, screenshot } from './app';

const SCREENS = ['dialer', 'contacts', 'campaigns', 'stats', 'setup', 'settings'] as const;
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** Words that may stand in Chinese text: product and protocol names, units and codes. */
const ALLOWED = new Set([
  'Dialdeck', 'SIP', 'WebRTC', 'GSM', 'FXO', 'USB', 'HID', 'AT', 'SIM', 'IMEI', 'ICCID', 'DTMF', 'RFC', 'INFO', 'HA1', 'ICE', 'STUN', 'TURN',
  'CSV', 'XLSX', 'UTF', 'GBK', 'Excel', 'PDU', 'UCS2', 'DNC', 'AXB', 'ID', 'IP', 'URL', 'PBX', 'WebSocket', 'udev', 'Linux', 'Chromium', 'Electron',
  'Jabra', 'Poly', 'Plantronics', 'EPOS', 'Sennheiser', 'Yealink', 'Huawei', 'Quectel', 'SIMCom', 'Opus', 'opus', 'PCMU', 'PCMA', 'G722',
  'dBm', 'ms', 'kHz', 'Hz', 'dB', 'KB', 'MB', 'GB', 'CPU', 'npm', 'harness', 'sudo', 'pkexec', 'HTTPS', 'HTTP', 'JSON', 'LED', 'OK', 'Asia', 'Shanghai',
  'Alt', 'Ctrl', 'Shift', 'Enter', 'Esc', 'Tab', 'Space', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9', 'F10', 'F11', 'F12', 'VAD',
]);

/** Latin runs of three or more words in a row that are not in the allowed list: a sentence, not a name. */
async function latinSentences(page: Page): Promise<string[]> {
  const texts = await page.locator('body').evaluate((main) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      // what users typed and what the system names (devices: translate="no") are not the UI's sentences
      if (!el || el.closest('input, textarea, code, kbd, .call-number, [translate="no"]')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const text = node.textContent?.trim();
      if (text) out.push(text);
    }
    return out;
  });
  const halfWidth = (text: string) =>
    [...text.matchAll(/[\u4e00-\u9fff）]\s*[:,]|[:,]\s*[\u4e00-\u9fff（]/g)].some((m) => !text.slice(Math.max(0, m.index - 12), m.index + 1).includes('//'));
  return texts.filter((text) => {
    if (halfWidth(text)) return true;
    const words = (text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []).filter((w) => !ALLOWED.has(w) && !/^[A-Z0-9]{2,}$/.test(w));
    // three unknown Latin words together, or an English stop word, is a sentence
    return words.length >= 3 || words.some((w) => /^(the|and|or|to|of|is|are|not|no|with|for|this|that|your|you|please|failed|error)$/i.test(w));
  });
}

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
