// Keyboard-only helpers: reach an element with Tab alone (as a keyboard user would), never by clicking.
import { expect, type Page } from '@playwright/test';
import type { VirtualControl } from '../../../common/devices/host-protocol';

/** Presses Tab until the element with `testId` has focus; fails if it is not reachable in `max` presses. */
export async function tabTo(page: Page, testId: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testId)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${testId} was not reachable with Tab in ${max} presses`);
}

/** The focused element shows a visible focus ring (outline), not just an invisible focus. */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return 'none';
    const style = getComputedStyle(el);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
  expect(outline).not.toMatch(/^none|0px$/);
}

/** Tells the harness's virtual headset to press a control, as a hand on the real device would. */
export async function pressHeadset(baseURL: string, token: string, control: VirtualControl): Promise<void> {
  const res = await fetch(`${baseURL}/test/headset/${control}`, { method: 'POST', headers: { 'X-Dialdeck-Token': token } });
  expect(res.status).toBe(204);
}
