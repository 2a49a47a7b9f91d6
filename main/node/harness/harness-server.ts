// The browser harness: the built renderer served on 127.0.0.1 plus the main-process services behind the
// same IPC contract, carried over one WebSocket. Only loopback, only our own page (Origin checked), only
// with this run's token (sent as a WebSocket subprotocol so it never lands in a URL or access log).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';
import { VirtualControl } from '../../../common/devices/host-protocol';
import { contentSecurityPolicy } from '../../../common/security/csp';
import { isFromOrigin, type TrustedOrigin } from '../../../common/security/trusted-origin';
import type { EventHub } from '../ipc/event-hub';
import type { Router } from '../ipc/router';
import type { Logger } from '../logging/logger';
import { readStaticFile } from './static-files';

export const HARNESS_TOKEN_PREFIX = 'dialdeck-token.';

export interface HarnessOptions {
  rendererDir: string;
  token: string;
  port: number;
  /** builds the router once the origin (with its port) is known */
  makeRouter: (origin: TrustedOrigin) => Router;
  events: EventHub;
  log: Logger;
  /** extra connect-src entries, e.g. the SIP WebSocket servers of configured accounts */
  connectSources: () => string[];
  /**
   * Harness only, when it runs a virtual headset: POST /test/headset/<control> with the run's token in
   * X-Dialdeck-Token presses a control, as a hand on a real headset would. Absent from the Electron app.
   */
  pressVirtualHeadset?: (control: VirtualControlName) => void;
}

export type VirtualControlName = z.infer<typeof VirtualControl>;

export interface RunningHarness {
  url: string;
  origin: TrustedOrigin;
  close(): Promise<void>;
}

const Request = z.object({ id: z.number().int(), channel: z.string().max(64), payload: z.unknown() });

export async function startHarness(options: HarnessOptions): Promise<RunningHarness> {
  const { log } = options;
  let origin: TrustedOrigin = { protocol: 'http:', host: '127.0.0.1' };
  // rebuilt once the port is known; before that no client can have connected
  let router: Router = options.makeRouter(origin);

  const server: Server = createServer(async (req, res) => {
    if (req.method === 'POST' && req.url?.startsWith('/test/headset/') && options.pressVirtualHeadset) {
      const control = VirtualControl.safeParse(req.url.slice('/test/headset/'.length));
      const token = String(req.headers['x-dialdeck-token'] ?? '');
      const tokenOk = token.length === options.token.length && timingSafeEqual(Buffer.from(token), Buffer.from(options.token));
      if (!tokenOk || !control.success) {
        res.writeHead(tokenOk ? 404 : 403).end();
        return;
      }
      options.pressVirtualHeadset(control.data);
      res.writeHead(204).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = await readStaticFile(options.rendererDir, pathname);
    res.writeHead(file.status, {
      'Content-Type': file.contentType,
      'Content-Security-Policy': contentSecurityPolicy({ connectSrc: [`ws://${origin.host}`, ...options.connectSources()] }),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  });

  const expected = Buffer.from(HARNESS_TOKEN_PREFIX + options.token);
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: 4 * 1024 * 1024,
    handleProtocols: (protocols) => [...protocols].find((p) => p.startsWith(HARNESS_TOKEN_PREFIX)) ?? false,
  });

  server.on('upgrade', (req: IncomingMessage, socket, head) => {
    const offered = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
    const tokenOk = offered.some((p) => p.length === expected.length && timingSafeEqual(Buffer.from(p), expected));
    const originOk = isFromOrigin(req.headers.origin, origin);
    if (new URL(req.url ?? '/', 'http://127.0.0.1').pathname !== '/ipc' || !tokenOk || !originOk) {
      log.warn('harness: refused a WebSocket', { tokenOk, originOk });
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serveClient(ws, req.headers.origin ?? ''));
  });

  function serveClient(ws: WebSocket, pageOrigin: string) {
    const removeSink = options.events.addSink((event, payload) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ event, payload }));
    });
    ws.on('close', removeSink);
    // a frame over maxPayload (or any protocol error) closes this socket with its code; unhandled, the
    // error would end the whole harness
    ws.on('error', (error) => log.warn('harness: closed a WebSocket after a protocol error', { error: error.message }));
    ws.on('message', async (data) => {
      let request: z.infer<typeof Request>;
      try {
        request = Request.parse(JSON.parse(String(data)));
      } catch {
        ws.send(JSON.stringify({ id: -1, result: { ok: false, error: { code: 'INVALID_INPUT', message: 'malformed request' } } }));
        return;
      }
      // The page that opened this socket is the sender; it is always a top-level page here.
      const result = await router.dispatch(request.channel, request.payload, { url: `${pageOrigin}/`, isMainFrame: true });
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id: request.id, result }));
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = { protocol: 'http:', host: `127.0.0.1:${port}` };
  router = options.makeRouter(origin);
  const url = `http://127.0.0.1:${port}/`;
  log.info('harness: listening', { url });

  return {
    url,
    origin,
    async close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
