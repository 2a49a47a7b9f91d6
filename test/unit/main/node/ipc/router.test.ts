import { describe, expect, it } from 'vitest';
import { invokeChannels } from '../../../../../common/ipc/contract';
import { DomainError } from '../../../../../common/ipc/result';
import { defaultSettings } from '../../../../../common/settings/settings-schema';
import { APP_ORIGIN } from '../../../../../common/security/trusted-origin';
import { createRouter, type Handlers } from '../../../../../main/node/ipc/router';
import { memoryLogger } from '../../../../../main/node/logging/logger';

const appPage = { url: 'app://dialdeck/index.html', isMainFrame: true };

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const settings = defaultSettings();
  // channels these tests do not exercise answer with an error, so a misrouted call would show
  const unused = Object.fromEntries(Object.keys(invokeChannels).map((c) => [c, () => Promise.reject(new Error(`unexpected call to ${c}`))]));
  return {
    ...(unused as unknown as Handlers),
    'app:info': () => ({ name: 'Dialdeck', version: '1.0.0', runtime: 'electron', platform: 'linux', systemLocale: 'zh-CN', versions: {} }),
    'settings:get': () => settings,
    'settings:update': () => settings,
    'secrets:status': () => ({ available: true, backend: 'memory', persistent: false, keys: [] }),
    'secrets:set': () => ({ available: true, backend: 'memory', persistent: false, keys: ['sip:a'] }),
    'secrets:clear': () => ({ available: true, backend: 'memory', persistent: false, keys: [] }),
    'shell:openExternal': () => ({ opened: true }),
    'log:write': () => ({}),
    'devices:status': () => ({ process: 'running', restarts: 0, headsets: [], serialPorts: [], gatewayLines: [] }),
    ...overrides,
  };
}

describe('IPC router', () => {
  it('answers a good call from our top-level page with the typed value', async () => {
    const router = createRouter(handlers(), APP_ORIGIN, memoryLogger());
    const result = await router.dispatch('settings:get', {}, appPage);
    expect(result).toEqual({ ok: true, value: defaultSettings() });
  });

  it('passes the parsed payload to the handler', async () => {
    let seen: unknown;
    const router = createRouter(handlers({ 'secrets:set': (req) => ((seen = req), { available: true, backend: 'memory', persistent: false, keys: [req.key] }) }), APP_ORIGIN, memoryLogger());
    const result = await router.dispatch('secrets:set', { key: 'sip:office', value: 'pw' }, appPage);
    expect(seen).toEqual({ key: 'sip:office', value: 'pw' });
    expect(result).toMatchObject({ ok: true, value: { keys: ['sip:office'] } });
  });

  it.each([
    ['missing field', 'secrets:set', { key: 'sip:office' }],
    ['wrong type', 'shell:openExternal', { url: 42 }],
    ['extra key', 'settings:get', { sneaky: true }],
    ['bad secret key', 'secrets:set', { key: '../../etc/passwd', value: 'x' }],
    ['not an object', 'settings:update', 'ui=en'],
    ['unknown language', 'settings:update', { ui: { language: 'fr' } }],
    // a source naming a masking campaign would hide the entry from the agents' panel and its removal
    ['DNC source other than the agent', 'crm:dncAdd', { number: '13800138000', reason: 'refused', source: 'campaign:1' }],
    ['oversized DNC note', 'crm:dncAdd', { number: '13800138000', reason: 'refused', note: '投'.repeat(501) }],
  ])('refuses a bad payload (%s) without calling the handler', async (_name, channel, payload) => {
    let called = false;
    const all = handlers();
    const spy = Object.fromEntries(Object.entries(all).map(([k, fn]) => [k, (req: never) => ((called = true), (fn as (r: never) => unknown)(req))])) as Handlers;
    const result = await createRouter(spy, APP_ORIGIN, memoryLogger()).dispatch(channel, payload, appPage);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(called).toBe(false);
  });

  it.each([
    ['another scheme with our host', 'evil://dialdeck/index.html'],
    ['our scheme, another host', 'app://other/index.html'],
    ['a web page', 'https://dialdeck.example.com/'],
    ['a file URL', 'file:///opt/dialdeck/index.html'],
    ['credentials in the URL', 'app://user:pw@dialdeck/index.html'],
    ['no URL at all', undefined],
    ['garbage', 'not a url'],
  ])('refuses a foreign origin: %s', async (_name, url) => {
    const log = memoryLogger();
    const result = await createRouter(handlers(), APP_ORIGIN, log).dispatch('settings:get', {}, { url, isMainFrame: true });
    expect(result).toEqual({ ok: false, error: { code: 'INVALID_SENDER', message: 'sender refused: foreign origin' } });
    expect(log.lines.some((l) => l.message === 'ipc: sender refused')).toBe(true);
  });

  it('refuses a subframe even on our own origin', async () => {
    const result = await createRouter(handlers(), APP_ORIGIN, memoryLogger()).dispatch('settings:get', {}, { url: 'app://dialdeck/frame.html', isMainFrame: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_SENDER', message: 'sender refused: subframe' } });
  });

  it('refuses channels outside the contract, including prototype names', async () => {
    const router = createRouter(handlers(), APP_ORIGIN, memoryLogger());
    for (const channel of ['fs:read', '__proto__', 'constructor', 'toString']) {
      expect(await router.dispatch(channel, {}, appPage)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
  });

  it('turns a DomainError into its code and any other throw into INTERNAL without leaking it', async () => {
    const router = createRouter(
      handlers({
        'shell:openExternal': () => {
          throw new DomainError('REFUSED', 'only https links');
        },
        'settings:get': () => {
          throw new Error('/var/lib/agent/secret path');
        },
      }),
      APP_ORIGIN,
      memoryLogger(),
    );
    expect(await router.dispatch('shell:openExternal', { url: 'file:///etc' }, appPage)).toEqual({ ok: false, error: { code: 'REFUSED', message: 'only https links' } });
    const internal = await router.dispatch('settings:get', {}, appPage);
    expect(internal).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(internal)).not.toContain('/var/lib/agent');
  });

  it('answers a DomainError with its reason, the key the page says in its language', async () => {
    const router = createRouter(
      handlers({
        'shell:openExternal': () => {
          throw new DomainError('REFUSED', 'only https: and mailto: links', { key: 'link.refused' });
        },
      }),
      APP_ORIGIN,
      memoryLogger(),
    );
    expect(await router.dispatch('shell:openExternal', { url: 'file:///etc' }, appPage)).toEqual({
      ok: false,
      error: { code: 'REFUSED', message: 'only https: and mailto: links', reason: { key: 'link.refused' } },
    });
  });

  it('refuses to return a value the contract does not promise', async () => {
    const router = createRouter(handlers({ 'devices:status': () => ({ process: 'exploded' }) as never }), APP_ORIGIN, memoryLogger());
    expect(await router.dispatch('devices:status', {}, appPage)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('serves every channel of the contract', () => {
    const router = createRouter(handlers(), APP_ORIGIN, memoryLogger());
    expect([...router.channels].sort()).toEqual(Object.keys(invokeChannels).sort());
  });
});
