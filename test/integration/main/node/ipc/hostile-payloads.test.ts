// Nothing a user or a stale screen can send takes a process down: every channel of the contract gets
// hostile payloads (wrong types, huge strings, unknown keys, deep nesting) and stale requests (ids that
// no longer exist); each answer is a refusal with a code, and the desk keeps serving afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invokeChannels } from '../../../../../common/ipc/contract';
import { APP_ORIGIN } from '../../../../../common/security/trusted-origin';
import type { ComposedMain } from '../../../../../main/node/compose';
import type { Router } from '../../../../../main/node/ipc/router';
import { startTestDesk } from '../../../../support/test-desk';

const page = { url: 'app://dialdeck/index.html', isMainFrame: true };
const CODES = ['INVALID_INPUT', 'NOT_FOUND', 'UNAVAILABLE', 'REFUSED'];
/** channels that act on the machine when a request is valid: only invalid payloads are sent to them */
const SYSTEM_EFFECTS = new Set(['setup:installUdevRule', 'shell:openExternal', 'diagnostics:bundle']);

let desk: ComposedMain;
let router: Router;
beforeAll(async () => {
  desk = await startTestDesk();
  router = desk.routerFor(APP_ORIGIN);
});
afterAll(() => desk?.dispose());

const huge = 'x'.repeat(2 * 1024 * 1024);
let deep: unknown = 'end';
for (let i = 0; i < 2000; i++) deep = { a: deep };
const hostile: Array<[string, unknown]> = [
  ['null', null],
  ['a number', 42],
  ['a string', 'crm:search'],
  ['an array', [1, 2, 3]],
  ['a huge string in every field', { id: huge, number: huge, query: huge, json: huge, url: huge, key: huge, value: huge, fileId: huge, campaignId: huge }],
  ['wrong types', { id: { $ne: 1 }, number: ['13800138000'], limit: 'all', contactId: -1, phoneIndex: 1e9 }],
  ['deep nesting', { campaign: deep }],
  ['prototype keys', JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')],
];

describe('every channel refuses hostile payloads and main stays up', () => {
  const channels = Object.keys(invokeChannels);

  it.each(hostile)('%s', async (_name, payload) => {
    for (const channel of channels) {
      if (SYSTEM_EFFECTS.has(channel) && invokeChannels[channel as keyof typeof invokeChannels].req.safeParse(payload).success) continue;
      const result = await router.dispatch(channel, payload, page);
      // a valid-looking request may succeed; anything else is a refusal with a code and a bounded message
      if (!result.ok) {
        expect(CODES, `${channel}: ${result.error.code} ${result.error.message}`).toContain(result.error.code);
        expect(result.error.message.length, channel).toBeLessThan(2000);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 60_000);

  it.each([
    ['crm:contact', { id: 987654 }],
    ['crm:addNote', { contactId: 987654, body: '你好' }],
    ['campaign:get', { id: 'gone' }],
    ['campaign:start', { campaignId: 'gone' }],
    ['campaign:dispose', { attemptId: 987654, code: 'SALE' }],
    ['campaign:dncAdd', { attemptId: 987654 }],
    ['headset:setActive', { id: '/dev/hidraw-unplugged' }],
    ['gateway:command', { op: 'dial', lineId: 'gsm:gone', number: '13800138000' }],
    ['files:uploadChunk', { uploadId: '00000000-0000-4000-8000-000000000000', offset: 0, data: 'AAAA' }],
    ['files:finishUpload', { uploadId: '00000000-0000-4000-8000-000000000000' }],
    ['crm:previewImport', { fileId: '00000000-0000-4000-8000-000000000000' }],
    ['recordings:save', { fileId: '00000000-0000-4000-8000-000000000000', accountId: 'gone', callId: 'c1', startedAt: 1 }],
    ['sip:credentials', { accountId: 'gone' }],
    ['dialer:resolve', { subject: { contactId: 987654, phoneIndex: 0 } }],
    ['privacy:release', { bindingId: 'gone' }],
  ])('a stale %s is refused with a code, not a crash', async (channel, payload) => {
    const result = await router.dispatch(channel, payload, page);
    expect(result.ok, JSON.stringify(result)).toBe(false);
    if (!result.ok) expect(CODES).toContain(result.error.code);
  });

  it('refuses stale import requests at once, with the reason, and does nothing', async () => {
    // an unknown job has no report and cannot be resumed: said now, not an empty report or a failure later
    expect(await router.dispatch('crm:importReport', { jobId: 987654, language: 'zh-CN' }, page)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: { key: 'import.jobMissing' } } });
    expect(await router.dispatch('crm:resumeImport', { jobId: 987654 }, page)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: { key: 'import.jobMissing' } } });
    expect(await router.dispatch('crm:cancelImport', { importId: 987654 }, page)).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('serves as before afterwards: the router and the store worker answer', async () => {
    expect(await router.dispatch('crm:search', { query: '' }, page)).toMatchObject({ ok: true });
    expect(await router.dispatch('app:info', {}, page)).toMatchObject({ ok: true });
    expect(await router.dispatch('devices:status', {}, page)).toMatchObject({ ok: true });
  });
});
