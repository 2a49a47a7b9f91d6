// app://dialdeck serves the built renderer. Registered as standard + secure so the page is a secure
// context (getUserMedia needs one); never bypassCSP. Every response carries the CSP header.
import { net, protocol } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveAppPath } from '../../common/security/app-path';
import { contentSecurityPolicy } from '../../common/security/csp';
import { APP_HOST, APP_SCHEME } from '../../common/security/trusted-origin';

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function handleAppProtocol(rendererDir: string, connectSources: () => string[]): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const relative = url.host === APP_HOST ? resolveAppPath(url.pathname) : null;
    if (!relative) return new Response('not found', { status: 404 });
    const file = await net.fetch(pathToFileURL(join(rendererDir, relative)).toString()).catch(() => null);
    if (!file || !file.ok) return new Response('not found', { status: 404 });
    const headers = new Headers(file.headers);
    headers.set('Content-Security-Policy', contentSecurityPolicy({ connectSrc: connectSources() }));
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(file.body, { status: 200, headers });
  });
}
