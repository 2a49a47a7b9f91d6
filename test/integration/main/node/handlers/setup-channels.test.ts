// The installer's channels against real services: a profile round trip, the diagnostics bundle, and the
// binding-server check against a real binding server on loopback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../../../common/security/trusted-origin';
import type { ComposedMain } from '../../../../../main/node/compose';
import type { Router } from '../../../../../main/node/ipc/router';
import { startTestDesk } from '../../../../support/test-desk';

const page = { url: 'app://dialdeck/index.html', isMainFrame: true };

async function desk(): Promise<{ composed: ComposedMain; router: Router }> {
  const composed = await startTestDesk();
  return { composed, router: composed.routerFor(APP_ORIGIN) };
}

let first: Awaited<ReturnType<typeof desk>>;
let second: Awaited<ReturnType<typeof desk>>;
beforeAll(async () => {
  [first, second] = await Promise.all([desk(), desk()]);
});
afterAll(() => {
  first?.composed.dispose();
  second?.composed.dispose();
});

describe('installer channels', () => {
  it('exports a profile without secrets and imports it on the next desk, naming the secrets to re-enter', async () => {
    const account = { id: 'office', server: 'wss://pbx.example.com/ws', user: '1001', domain: 'pbx.example.com' };
    await first.router.dispatch('settings:update', { ui: { language: 'zh-CN', setupCompleted: true }, sip: { accounts: [account] }, binding: { url: 'https://bind.example.com', keyId: 'desk-7' } }, page);
    await first.router.dispatch('secrets:set', { key: 'sip:office', value: 'pw-secret' }, page);
    const exported = await first.router.dispatch('profile:export', {}, page);
    if (!exported.ok) throw new Error(exported.error.message);
    const { json } = exported.value as { json: string };
    expect(json).not.toContain('pw-secret');
    const imported = await second.router.dispatch('profile:import', { json }, page);
    expect(imported).toMatchObject({ ok: true, value: { secretsNeeded: ['sip:office', 'binding:desk-7'], settings: { ui: { setupCompleted: false }, sip: { accounts: [{ id: 'office' }] } } } });
    // the language is the agent's own: the next desk keeps its own setting, not the template's
    expect(imported).toMatchObject({ ok: true, value: { settings: { ui: { language: 'system' } } } });
  });

  it.each([
    ['not JSON', '{'],
    ['another file', '{"format":"something-else"}'],
    ['a broken profile', '{"format":"dialdeck-profile","version":1,"exportedAt":"x","settings":{"ui":{"language":"fr"}}}'],
  ])('refuses %s with a reason and changes nothing', async (_name, json) => {
    const before = second.composed.services.settings.get();
    const result = await second.router.dispatch('profile:import', { json }, page);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(second.composed.services.settings.get()).toEqual(before);
  });

  it('writes a diagnostics bundle', async () => {
    const result = await first.router.dispatch('diagnostics:bundle', { language: 'zh-CN' }, page);
    expect(result).toMatchObject({ ok: true, value: { files: expect.arrayContaining(['summary.txt', 'versions.json', 'settings.json', 'devices-live.json']) } });
  });

  it('explains what the binding check needs before it can run', async () => {
    const result = await second.router.dispatch('binding:check', {}, page);
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('offers the udev rule text and the commands that install it', async () => {
    const result = await first.router.dispatch('setup:udevRule', {}, page);
    expect(result).toMatchObject({ ok: true, value: { rule: expect.stringContaining('TAG+="uaccess"'), commands: expect.stringContaining('udevadm control --reload-rules') } });
  });
});
