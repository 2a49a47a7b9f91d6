// The window never navigates away from our own pages and never opens another window.
import { isFromOrigin, parseUrl, type TrustedOrigin } from './trusted-origin';

export function isAllowedNavigation(target: string, origin: TrustedOrigin): boolean {
  return isFromOrigin(target, origin);
}

const externalProtocols = new Set(['https:', 'mailto:']);

/**
 * Returns the URL re-serialised from its parsed form when it may be handed to the OS
 * (shell.openExternal), or null. tel:/sip: are not opened externally: Dialdeck dials them itself.
 */
export function safeExternalUrl(raw: string): string | null {
  const url = parseUrl(raw);
  if (!url || !externalProtocols.has(url.protocol)) return null;
  if (url.username || url.password) return null;
  if (url.protocol === 'https:' && !url.hostname) return null;
  return url.toString();
}
