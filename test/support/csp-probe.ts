// Appends an inline <script> and returns the CSP directive that refused it (the page must have one).
import type { Page } from '@playwright/test';

export function inlineScriptViolation(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
        const s = document.createElement('script');
        s.textContent = 'window.__pwned = true';
        document.body.append(s);
      }),
  );
}
