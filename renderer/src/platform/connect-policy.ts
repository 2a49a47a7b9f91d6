// The page's Content-Security-Policy is fixed when the page loads, and its connect-src names the SIP
// servers configured at that moment. A server added later (Settings, the setup wizard) would be blocked,
// so when settings name a server the loaded page does not allow, the page reloads — but never during a
// call: it waits until the agent is idle. Screen and wizard progress survive the reload (sessionStorage).
import { connectSourcesFor } from '../../../common/security/connect-sources';
import type { Settings } from '../../../common/settings/settings-schema';

let allowedAtLoad: Set<string> | undefined;

/** Reads the connect-src the page was served with (same URL, same policy). */
export async function readLoadedConnectSources(): Promise<void> {
  try {
    const response = await fetch(location.pathname === '/' ? '/index.html' : location.pathname, { method: 'HEAD', cache: 'no-store' });
    const csp = response.headers.get('content-security-policy') ?? '';
    const directive = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('connect-src')) ?? '';
    allowedAtLoad = new Set(directive.split(/\s+/).slice(1));
  } catch {
    allowedAtLoad = undefined; // unknown: never reload on a guess
  }
}

/** Origins the settings need that the loaded page may not connect to. */
export function blockedBy(settings: Settings): string[] {
  if (!allowedAtLoad) return [];
  const allowed = allowedAtLoad;
  return connectSourcesFor(settings).filter((source) => !allowed.has(source));
}
