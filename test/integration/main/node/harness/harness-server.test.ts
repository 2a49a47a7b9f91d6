// The harness over real HTTP and WebSocket on loopback, with the real main services behind it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComposedMain } from '../../../../../main/node/compose';
import { HARNESS_TOKEN_PREFIX, startHarness, type RunningHarness } from '../../../../../main/node/harness/harness-server';
import { startTestDesk } from '../../../../support/test-desk';

const token = 'test-token-123';
let composed: ComposedMain;
let harness: RunningHarness;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dialdeck-harness-'));
  const renderer = join(dir, 'renderer');
  mkdirSync(renderer);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Dialdeck</title>');
  writeFileSync(join(dir, 'outside.txt'), 'must not be served');
  composed = await startTestDesk(dir);
  harness = await startHarness({ rendererDir: renderer, token, port: 0, makeRouter: composed.routerFor, events: composed.services.events, log: composed.log, connectSources: () => ['ws://127.0.0.1:8088'] });
});
afterAll(async () => {
  await harness?.close();
  composed?.dispose();
});

function rawGet(path: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(harness.url);
    const req = request({ host: url.hostname, port: url.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function connect(opts: { token?: string; origin?: string }): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(harness.url.replace('http', 'ws') + 'ipc', opts.token ? [HARNESS_TOKEN_PREFIX + opts.token] : [], { origin: opts.origin ?? harness.url.slice(0, -1) });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

function call(ws: WebSocket, id: number, channel: string, payload: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const msg = JSON.parse(String(data));
      if (msg.id === id) {
        ws.off('message', onMessage);
        resolve(msg.result);
      }
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ id, channel, payload }));
  });
}

describe('browser harness server', () => {
  it('listens on loopback only', () => {
    expect(new URL(harness.url).hostname).toBe('127.0.0.1');
  });

  it('serves the renderer with the CSP header naming its own socket and the configured sources', async () => {
    const res = await rawGet('/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Dialdeck</title>');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain(`ws://${harness.origin.host}`);
    expect(csp).toContain('ws://127.0.0.1:8088');
  });

  it.each(['/../outside.txt', '/%2e%2e/outside.txt', '/..%2foutside.txt', '/missing.js'])('answers 404 for %s', async (path) => {
    const res = await rawGet(path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('must not be served');
  });

  it('refuses a WebSocket without the token, with a wrong token, or from another origin', async () => {
    await expect(connect({})).rejects.toThrow('HTTP 403');
    await expect(connect({ token: 'wrong-token-12' })).rejects.toThrow('HTTP 403');
    await expect(connect({ token, origin: 'http://evil.example' })).rejects.toThrow('HTTP 403');
    await expect(connect({ token, origin: 'http://127.0.0.1:1' })).rejects.toThrow('HTTP 403');
  });

  it('carries contract calls and their validation over the socket', async () => {
    const ws = await connect({ token });
    expect(await call(ws, 1, 'app:info', {})).toMatchObject({ ok: true, value: { runtime: 'harness', version: '0.0.0-test' } });
    expect(await call(ws, 2, 'settings:update', { ui: { language: 'klingon' } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await call(ws, 3, 'nope:nothing', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    ws.close();
  });

  it('pushes contract events to connected pages', async () => {
    const ws = await connect({ token });
    const event = new Promise<{ event: string; payload: { ui: { language: string } } }>((resolve) =>
      ws.on('message', (data) => {
        const msg = JSON.parse(String(data));
        if (msg.event === 'settings:changed') resolve(msg);
      }),
    );
    await call(ws, 1, 'settings:update', { ui: { language: 'en' } });
    expect((await event).payload.ui.language).toBe('en');
    ws.close();
  });

  it('answers a malformed frame with an error and keeps the connection', async () => {
    const ws = await connect({ token });
    const reply = new Promise<unknown>((resolve) => ws.once('message', (d) => resolve(JSON.parse(String(d)))));
    ws.send('{not json');
    expect(await reply).toMatchObject({ id: -1, result: { ok: false, error: { code: 'INVALID_INPUT' } } });
    expect(await call(ws, 9, 'secrets:status', {})).toMatchObject({ ok: true, value: { backend: 'memory', persistent: false } });
    ws.close();
  });

  it('closes only the socket that sent a frame over the limit, and keeps serving', async () => {
    const ws = await connect({ token });
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.on('error', () => undefined); // the client may see the reset too
    ws.send('x'.repeat(5 * 1024 * 1024));
    expect(await closed).toBe(1009); // message too big
    const next = await connect({ token });
    expect(await call(next, 10, 'secrets:status', {})).toMatchObject({ ok: true });
    next.close();
  });
});
