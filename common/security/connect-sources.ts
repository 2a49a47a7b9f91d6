// The CSP connect-src the page needs for the configured services: each SIP account's WebSocket origin.
import type { Settings } from '../settings/settings-schema';
import { parseUrl } from './trusted-origin';

export function connectSourcesFor(settings: Settings): string[] {
  const sources = new Set<string>();
  for (const account of settings.sip.accounts) {
    const url = parseUrl(account.server);
    if (url && (url.protocol === 'wss:' || url.protocol === 'ws:')) sources.add(`${url.protocol}//${url.host}`);
  }
  return [...sources];
}
