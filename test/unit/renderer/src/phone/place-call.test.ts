// placeCall's decisions with the bridge and the phone engine replaced by recorders: a blocked or
// unanswerable compliance check dials nothing; internal extensions skip the check; the dial's context
// reaches the call-log row and onCallFinished; privacy calls dial X; a masked call's real number never
// appears in anything the page shows or remembers.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LineCall } from '../../../../../renderer/src/phone/line-call';

const REAL = '13800138000';
const api = {
  compliance: { checkDial: vi.fn() },
  dialer: { resolve: vi.fn(), logCall: vi.fn(), recent: vi.fn() },
  privacy: { bind: vi.fn(), release: vi.fn() },
  crm: { logCall: vi.fn() },
  gateway: { command: vi.fn() },
};
const engine = { call: vi.fn(), hangup: vi.fn() };

vi.mock('../../../../../renderer/src/platform/page-bridge', () => {
  class IpcCallError extends Error {}
  return {
    getBridge: () => ({ api, runtime: 'harness' }),
    unwrap: async (p: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>) => {
      const r = await p;
      if (!r.ok) throw new IpcCallError(r.error!.message);
      return r.value;
    },
    IpcCallError,
  };
});
vi.mock('../../../../../renderer/src/phone/page-engine', () => ({ getEngine: () => engine, takeRecording: async () => undefined }));

const { placeCall, onCallFinished } = await import('../../../../../renderer/src/phone/place-call');
const { logEndedCall } = await import('../../../../../renderer/src/phone/call-log');
const { displayNumber, findPlaced, useCallContexts } = await import('../../../../../renderer/src/phone/call-context');
const { usePhone } = await import('../../../../../renderer/src/phone/phone-store');

const ok = (value: unknown) => Promise.resolve({ ok: true, value });
const fail = (code: string, message: string) => Promise.resolve({ ok: false, error: { code, message } });
const line = { via: 'sip', id: 'agent' } as const;

function endedCall(key: string, number: string, answered = true): LineCall {
  return {
    key, via: 'sip', id: key.slice(4), lineId: 'agent', direction: 'outbound', number, state: 'ended', muted: false, recording: false, conferenced: false,
    createdAt: Date.now(), ...(answered ? { answeredAt: Date.now() + 1 } : {}), endedAt: Date.now() + 2, endReason: answered ? 'remote-hangup' : 'cancelled',
  };
}

/** Everything the page could show or keep about calls, as one string. */
const pageState = () => JSON.stringify({ phone: usePhone.getState(), contexts: useCallContexts.getState() });

beforeEach(() => {
  for (const group of Object.values(api)) for (const fn of Object.values(group)) fn.mockReset();
  engine.call.mockReset();
  usePhone.setState({ problem: undefined, lastDialled: '' });
  useCallContexts.setState({ entries: [], pending: [], callbacks: [] });
  api.compliance.checkDial.mockReturnValue(ok({ status: 'allowed' }));
  api.dialer.logCall.mockReturnValue(ok({ id: 41 }));
  api.crm.logCall.mockReturnValue(ok({ id: 40 }));
});

describe('placeCall', () => {
  it('dials nothing when compliance blocks, and tells the agent why', async () => {
    api.compliance.checkDial.mockReturnValue(ok({ status: 'blocked', rule: 'dnc', reasonKey: 'compliance.dnc', detail: { dncReason: 'refused' }, retryAt: null }));
    const result = await placeCall(line, { number: '138 0013 8000' }, { campaignId: 'c1' });
    expect(result).toMatchObject({ placed: false, reason: 'blocked', verdict: { rule: 'dnc' } });
    expect(engine.call).not.toHaveBeenCalled();
    expect(api.compliance.checkDial).toHaveBeenCalledWith({ subject: { number: '138 0013 8000' }, campaignId: 'c1' });
    expect(usePhone.getState().problem).toMatchObject({ key: 'dialer.blocked.dnc' });
  });

  it('dials nothing when the compliance check cannot be made (main side missing or failing)', async () => {
    api.compliance.checkDial.mockReturnValue(fail('INTERNAL', 'internal error (see the log)'));
    const result = await placeCall(line, { number: REAL });
    expect(result).toMatchObject({ placed: false, reason: 'failed' });
    expect(engine.call).not.toHaveBeenCalled();
    expect(usePhone.getState().problem).toMatchObject({ key: 'dialer.complianceUnavailable' });
  });

  it('calls a colleague\'s extension or a SIP address without the public-number check', async () => {
    engine.call.mockResolvedValue('e1');
    expect(await placeCall(line, { number: '1002' })).toEqual({ placed: true, callId: 'sip/e1' });
    expect(await placeCall(line, { number: 'bob@pbx.example.com' })).toMatchObject({ placed: true });
    expect(api.compliance.checkDial).not.toHaveBeenCalled();
  });

  it('refuses without a line before asking anything', async () => {
    expect(await placeCall(undefined, { number: REAL })).toMatchObject({ placed: false, reason: 'failed' });
    expect(api.compliance.checkDial).not.toHaveBeenCalled();
  });

  it('carries the context to the call-log row, then to onCallFinished', async () => {
    engine.call.mockResolvedValue('c7');
    const finished: unknown[] = [];
    const off = onCallFinished((c) => finished.push(c));
    const result = await placeCall(line, { number: '+86 138-0013-8000' }, { campaignId: 'camp-1', contactId: 7 });
    expect(result).toEqual({ placed: true, callId: 'sip/c7' });
    expect(engine.call).toHaveBeenCalledWith('+8613800138000', { accountId: 'agent' });
    await logEndedCall(endedCall('sip/c7', '+8613800138000'), false);
    off();
    expect(api.dialer.logCall).toHaveBeenCalledWith(expect.objectContaining({ subject: { number: '+86 138-0013-8000' }, contactId: 7, campaignId: 'camp-1', privacyBindingId: null, outcome: 'answered' }));
    expect(api.crm.logCall).not.toHaveBeenCalled();
    expect(finished).toEqual([expect.objectContaining({ callId: 'sip/c7', callLogId: 41, outcome: 'answered', context: expect.objectContaining({ campaignId: 'camp-1', contactId: 7 }) })]);
  });

  it('a SIP call\'s no-answer timeout goes to the engine, which runs it', async () => {
    engine.call.mockResolvedValue('n1');
    await placeCall(line, { number: REAL }, { noAnswerTimeoutSeconds: 25 });
    expect(engine.call).toHaveBeenCalledWith(REAL, { accountId: 'agent', noAnswerTimeoutSeconds: 25 });
  });

  it('a call that ends before the engine returns its id still gets its context', async () => {
    engine.call.mockImplementation(async () => {
      await logEndedCall(endedCall('sip/fast', REAL, false), false);
      return 'fast';
    });
    await placeCall(line, { number: REAL }, { campaignId: 'camp-2' });
    expect(api.dialer.logCall).toHaveBeenCalledWith(expect.objectContaining({ campaignId: 'camp-2', outcome: 'noAnswer' }));
  });

  it('an AXB privacy call of a masked campaign dials X only; the page never holds the real number', async () => {
    api.privacy.bind.mockReturnValue(ok({ bindingId: 'b-1', x: '+8617100000001', expiresAt: Date.now() + 60_000, mode: 'axb', display: '138****8000' }));
    engine.call.mockResolvedValue('p1');
    const subject = { contactId: 5, phoneIndex: 0 };
    const result = await placeCall(line, subject, { campaignId: 'camp-3', maskNumbers: true, privacy: 'axb' });
    expect(result).toEqual({ placed: true, callId: 'sip/p1' });
    expect(api.dialer.resolve).not.toHaveBeenCalled();
    expect(api.privacy.bind).toHaveBeenCalledWith({ subject, mode: 'axb', masked: true });
    expect(engine.call).toHaveBeenCalledWith('+8617100000001', { accountId: 'agent' });
    const call = endedCall('sip/p1', '+8617100000001');
    const placed = findPlaced(useCallContexts.getState(), call);
    expect(displayNumber(call, placed)).toBe('138****8000');
    expect(placed?.binding).toMatchObject({ bindingId: 'b-1', x: '+8617100000001' });
    await logEndedCall(call, false);
    expect(api.dialer.logCall).toHaveBeenCalledWith(expect.objectContaining({ subject, contactId: 5, privacyBindingId: 'b-1', dialled: '+8617100000001' }));
    expect(pageState()).not.toContain('0013');
  });

  it('a masked call without privacy dials the resolved number but shows and remembers only the mask', async () => {
    api.dialer.resolve.mockReturnValue(ok({ number: `+86${REAL}`, display: '138****8000', contactName: '张三' }));
    engine.call.mockResolvedValue('m1');
    await placeCall(line, { contactId: 9, phoneIndex: 1 }, { maskNumbers: true });
    expect(api.dialer.resolve).toHaveBeenCalledWith({ subject: { contactId: 9, phoneIndex: 1 }, masked: true });
    expect(engine.call).toHaveBeenCalledWith(`+86${REAL}`, { accountId: 'agent' });
    const call = endedCall('sip/m1', `+86${REAL}`);
    expect(displayNumber(call, findPlaced(useCallContexts.getState(), call))).toBe('138****8000');
    expect(usePhone.getState().lastDialled).toBe('');
    // the dial string is kept for the log's fallback only; nothing the UI renders reads it
    const { entries } = useCallContexts.getState();
    expect(entries.map((e) => e.placed.display)).toEqual(['138****8000']);
  });

  it('a typed number in a masked context is masked for display too', async () => {
    engine.call.mockResolvedValue('t1');
    await placeCall(line, { number: REAL }, { maskNumbers: true });
    const call = endedCall('sip/t1', REAL);
    expect(displayNumber(call, findPlaced(useCallContexts.getState(), call))).toBe('138****8000');
  });

  it('a privacy failure dials nothing and keeps the binding server\'s reason', async () => {
    api.privacy.bind.mockReturnValue(fail('UNAVAILABLE', 'binding server: POOL_EXHAUSTED: no free number'));
    const result = await placeCall(line, { number: REAL }, { privacy: 'axb' });
    expect(result).toMatchObject({ placed: false, reason: 'failed' });
    expect(engine.call).not.toHaveBeenCalled();
  });

  it('a callback asks the server and dials nothing itself', async () => {
    api.privacy.bind.mockReturnValue(ok({ bindingId: 'cb-1', x: '+8617100000002', expiresAt: Date.now() + 60_000, mode: 'callback', display: REAL }));
    expect(await placeCall(undefined, { number: REAL }, { privacy: 'callback' })).toEqual({ placed: true, callId: 'callback/cb-1' });
    expect(engine.call).not.toHaveBeenCalled();
    expect(useCallContexts.getState().callbacks).toHaveLength(1);
  });
});
