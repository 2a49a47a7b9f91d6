// Builds the browser test page (page.ts + the real renderer/src/telephony engine) with Vite and
// serves it from http://127.0.0.1:<port>/ — a loopback origin is a secure context, so
// getUserMedia works without TLS.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const html = '<!doctype html><meta charset="utf-8"><title>dialdeck sip lab</title><script src="/page.js"></script>';

export interface PageServer {
  readonly url: string;
  readonly close: () => Promise<void>;
}

/** Returns the bundled script; the build directory is removed again. */
export async function buildTestPage(): Promise<Buffer> {
  const outDir = await mkdtemp(join(tmpdir(), 'dialdeck-sip-page-'));
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        minify: false,
        lib: { entry: fileURLToPath(new URL('./page.ts', import.meta.url)), formats: ['iife'], name: 'dialdeckSipLab', fileName: () => 'page.js' },
      },
    });
    return await readFile(join(outDir, 'page.js'));
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/**
 * `connectSrc`: when given, the page gets a CSP connect-src of just these origins, like the app's page
 * (see common/security/csp.ts), so a socket to any other server is blocked by the browser as in the app.
 */
export async function servePage(script: Buffer, { port = 8089, connectSrc }: { port?: number; connectSrc?: readonly string[] } = {}): Promise<PageServer> {
  const csp = connectSrc === undefined ? {} : { 'content-security-policy': ["connect-src 'self'", ...connectSrc].join(' ') };
  const server: Server = createServer((request, response) => {
    const isScript = request.url === '/page.js';
    response.writeHead(200, { 'content-type': isScript ? 'text/javascript' : 'text/html', ...csp });
    response.end(isScript ? script : html);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
