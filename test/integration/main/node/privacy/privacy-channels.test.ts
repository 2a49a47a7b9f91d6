// The dialer and privacy channels against real parts: a binding server process on loopback (signed
// requests, SQLite), the CRM database in its worker thread, and main's IPC router validating every
// payload and answer. A masked privacy call gives the page X and a mask, never B; the log row still
// gets B's real number; the recent-calls panel of a masked campaign shows only the mask.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invokeChannels } from '../../../../../common/ipc/contract';
import { APP_ORIGIN } from '../../../../../common/security/trusted-origin';
import { defaultSettings, type Settings } from '../../../../../common/settings/settings-schema';
import { openDatabase } from '../../../../../main/node/store/open-database';
import { StoreClient } from '../../../../../main/node/store/store-client';
import type { StoreHandlers, AppStoreClient } from '../../../../../main/node/store-worker/store-handlers';
import { dialerHandlers } from '../../../../../main/node/handlers/dialer-handlers';
import { createRouter, type Handlers } from '../../../../../main/node/ipc/router';
import { memoryLogger } from '../../../../../main/node/logging/logger';
import type { MainServices } from '../../../../../main/node/services';
import { createBindingClient } from '../../../../../main/node/binding/binding-client';
import { startBindingLab, type BindingLab } from './binding-lab';

const B = '+8613800138000';
const B_DIGITS = '13800138000';
const LI_SI = '+8613600136000';
const LI_SI_DIGITS = '13600136000';
const appPage = { url: 'app://dialdeck/index.html', isMainFrame: true };

describe('privacy and dialer channels with a real binding server and CRM', () => {
  let lab: BindingLab;
  let crm: AppStoreClient;
  let dir: string;
  let settings: Settings;
  const log = memoryLogger();
  let router: ReturnType<typeof createRouter>;
  const call = async (channel: string, payload: unknown) => {
    const result = await router.dispatch(channel, payload, appPage);
    return result;
  };

  beforeAll(async () => {
    lab = await startBindingLab();
    dir = mkdtempSync(join(tmpdir(), 'dd-privacy-crm-'));
    const db = openDatabase(join(dir, 'crm.db'));
    db.prepare("INSERT INTO contacts(id, name, company, extra, created_at, updated_at) VALUES (1, '张三', '', '{}', 0, 0)").run();
    const phone = db.prepare("INSERT INTO contact_phones(contact_id, phone_key, e164, national, extension, kind, raw, position) VALUES (1, ?, ?, ?, NULL, 'mobile', ?, ?)");
    phone.run('+8613900139000', '+8613900139000', '13900139000', '139 0013 9000', 0);
    phone.run(B, B, B_DIGITS, '138-0013-8000', 1);
    db.prepare("INSERT INTO campaigns(id, settings, archived, created_at, updated_at) VALUES ('masked', ?, 0, 0, 0)").run(JSON.stringify({ maskNumbers: true }));
    db.prepare("INSERT INTO campaigns(id, settings, archived, created_at, updated_at) VALUES ('open', ?, 0, 0, 0)").run(JSON.stringify({ maskNumbers: false }));
    // 李四 is a customer of a masking campaign (a member of its list)
    db.prepare("INSERT INTO contacts(id, name, company, extra, created_at, updated_at) VALUES (2, '李四 13600136000', '', '{}', 0, 0)").run();
    db.prepare("INSERT INTO contact_phones(contact_id, phone_key, e164, national, extension, kind, raw, position) VALUES (2, ?, ?, ?, NULL, 'mobile', ?, 0)")
      .run(LI_SI, LI_SI, LI_SI_DIGITS, LI_SI_DIGITS);
    db.prepare("INSERT INTO lists(id, name, created_at) VALUES (7, 'masked list', 0)").run();
    db.prepare('INSERT INTO list_members(list_id, contact_id) VALUES (7, 2)').run();
    db.prepare("INSERT INTO campaigns(id, settings, archived, created_at, updated_at) VALUES ('masked-list', ?, 0, 0, 0)").run(JSON.stringify({ maskNumbers: true, listIds: [7] }));
    db.close();
    crm = new StoreClient<StoreHandlers>(join(dir, 'crm.db'));
    settings = defaultSettings();
    settings.binding = { ...settings.binding, url: lab.url, keyId: lab.keyId, poolId: lab.poolId, agentNumber: '+8613700137000', expiresInSeconds: 600, releaseAfterCallSeconds: 60 };
    const services = {
      settings: { get: () => settings },
      secrets: { get: (key: string) => (key === `binding:${lab.keyId}` ? lab.secret : undefined) },
      store: crm,
    } as unknown as MainServices;
    const unused = Object.fromEntries(Object.keys(invokeChannels).map((c) => [c, () => Promise.reject(new Error(`unexpected call to ${c}`))]));
    router = createRouter({ ...(unused as unknown as Handlers), ...dialerHandlers(services) }, APP_ORIGIN, log);
  }, 60_000);

  afterAll(async () => {
    await crm?.close?.();
    await lab?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('an AXB binding for a masked contact phone gives X, the binding id and its expiry, and only a mask', async () => {
    const before = Date.now();
    const result = await call('privacy:bind', { subject: { contactId: 1, phoneIndex: 1 }, mode: 'axb', masked: true });
    expect(result.ok).toBe(true);
    const view = (result as { value: { bindingId: string; x: string; expiresAt: number; mode: string; display: string } }).value;
    expect(view.x).toMatch(/^\+86171\d{8}$/);
    expect(view.mode).toBe('axb');
    expect(view.display).toBe('138****8000');
    expect(view.expiresAt).toBeGreaterThanOrEqual(before + 590_000);
    expect(view.expiresAt).toBeLessThanOrEqual(Date.now() + 600_000);
    expect(JSON.stringify(result)).not.toContain(B_DIGITS);
    // the server really bound A and B through that X
    const server = createBindingClient({ url: lab.url, keyId: lab.keyId, secret: lab.secret });
    const binding = await server.request<{ a: string; b: string; x: string; status: string }>('GET', `/v1/bindings/${view.bindingId}`);
    expect(binding).toMatchObject({ a: '+8613700137000', b: B, x: view.x, status: 'live' });
    // released early: the binding ends
    expect(await call('privacy:release', { bindingId: view.bindingId })).toEqual({ ok: true, value: { released: true } });
    expect((await server.request<{ status: string }>('GET', `/v1/bindings/${view.bindingId}`)).status).toBe('ended');
  });

  it('a callback leaves a reverse binding and reports its X and expiry', async () => {
    const result = await call('privacy:bind', { subject: { number: '13900139000' }, mode: 'callback' });
    expect(result).toMatchObject({ ok: true, value: { mode: 'callback', display: '13900139000', x: expect.stringMatching(/^\+86171/) } });
    const view = (result as { value: { bindingId: string; expiresAt: number } }).value;
    expect(view.expiresAt).toBeGreaterThan(Date.now());
    const server = createBindingClient({ url: lab.url, keyId: lab.keyId, secret: lab.secret });
    expect(await server.request('GET', `/v1/bindings/${view.bindingId}`)).toMatchObject({ mode: 'reverse', b: '+8613900139000' });
  });

  it('bad input gets a clear error and binds nothing', async () => {
    const bad = await call('privacy:bind', { subject: { number: 'not-a-number' }, mode: 'axb' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('INVALID_REQUEST') } });
    const missing = await call('privacy:bind', { subject: { contactId: 1, phoneIndex: 9 }, mode: 'axb', masked: true });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const unset = settings.binding.agentNumber;
    settings.binding.agentNumber = '';
    expect(await call('privacy:bind', { subject: { number: B }, mode: 'axb' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('(A)') } });
    settings.binding.agentNumber = unset;
  });

  it('a wrong signing key is refused with the server\'s reason', async () => {
    const right = lab.secret;
    lab.secret = 'x'.repeat(43);
    const result = await call('privacy:bind', { subject: { number: B }, mode: 'axb' });
    lab.secret = right;
    expect(result).toMatchObject({ ok: false, error: { code: 'REFUSED', message: expect.stringContaining('UNAUTHORIZED') } });
  });

  it('resolves a contact phone by position, masked on request', async () => {
    expect(await call('dialer:resolve', { subject: { contactId: 1, phoneIndex: 1 }, masked: true })).toEqual({ ok: true, value: { number: B, display: '138****8000', contactName: '张三' } });
    expect(await call('dialer:resolve', { subject: { contactId: 1, phoneIndex: 0 } })).toMatchObject({ ok: true, value: { number: '+8613900139000', display: '+8613900139000' } });
  });

  it('logs a masked privacy call under the real number, and recent calls show only its mask', async () => {
    const t0 = Date.now();
    const masked = await call('dialer:logCall', {
      subject: { contactId: 1, phoneIndex: 1 }, dialled: '138****8000', line: 'sip:agent', direction: 'outbound', startedAt: t0, answeredAt: t0 + 1000, endedAt: t0 + 5000,
      outcome: 'answered', campaignId: 'masked', privacyBindingId: 'b-123',
    });
    expect(masked).toMatchObject({ ok: true, value: { id: expect.any(Number) } });
    await call('dialer:logCall', { subject: { number: '139 0013 9000' }, dialled: '13900139000', line: 'gsm:1', direction: 'outbound', startedAt: t0 + 10, campaignId: 'open', outcome: 'noAnswer' });
    const recent = await call('dialer:recent', { limit: 5 });
    expect(recent.ok).toBe(true);
    const rows = (recent as { value: { display: string; masked: boolean; redial: unknown; contactId: number | null; privacyBindingId: string | null; campaignId: string | null }[] }).value;
    expect(rows[0]).toMatchObject({ display: '+8613900139000', masked: false, redial: { contactId: 1, phoneIndex: 0 }, campaignId: 'open' });
    expect(rows[1]).toMatchObject({ display: '138****8000', masked: true, redial: { contactId: 1, phoneIndex: 1 }, privacyBindingId: 'b-123', contactId: 1 });
    expect(JSON.stringify(rows[1])).not.toContain(B_DIGITS);
    // the row itself holds the real number, for DNC, frequency caps and the contact's history
    const card = await crm.api.getContact({ id: 1 });
    expect(card.calls.find((c) => c.privacyBindingId === 'b-123')?.number).toBe(B);
  });

  it("a masked customer's inbound call (no campaign) shows only the mask in recent calls", async () => {
    const at = Date.now() + 60_000; // newest
    expect(await call('dialer:logCall', { subject: { number: LI_SI }, dialled: LI_SI, line: 'sip:agent', direction: 'inbound', startedAt: at, outcome: 'answered' })).toMatchObject({ ok: true });
    const recent = await call('dialer:recent', { limit: 1 });
    const [row] = (recent as { value: { display: string; masked: boolean; contactId: number | null; redial: unknown }[] }).value;
    expect(row).toMatchObject({ display: '136****6000', masked: true, contactId: 2, contactName: '李四 136****6000', redial: { contactId: 2, phoneIndex: 0 } });
    expect(JSON.stringify(row)).not.toContain(LI_SI_DIGITS);
  });

  it('nothing main logged carries the real number', () => {
    expect(JSON.stringify(log.lines)).not.toContain(B_DIGITS);
  });
});
