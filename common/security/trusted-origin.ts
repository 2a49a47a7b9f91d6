// Where the UI is allowed to come from. Origins are compared by protocol + host, never by URL.origin:
// for non-special schemes such as app: the WHATWG parser gives the opaque origin "null", so
// new URL('evil://x').origin === new URL('app://dialdeck').origin.

export interface TrustedOrigin {
  protocol: string; // with the trailing colon, as URL.protocol gives it
  host: string; // host[:port], as URL.host gives it
}

export const APP_SCHEME = 'app';
export const APP_HOST = 'dialdeck';
export const APP_ORIGIN: TrustedOrigin = { protocol: `${APP_SCHEME}:`, host: APP_HOST };
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export function parseUrl(raw: string | undefined | null): URL | null {
  if (!raw) return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

export function isFromOrigin(raw: string | undefined | null, origin: TrustedOrigin): boolean {
  const url = parseUrl(raw);
  return url !== null && url.protocol === origin.protocol && url.host === origin.host && url.username === '' && url.password === '';
}
