// Auto-answer and recording are per account inside the engine: two accounts with different policies
// in one engine each get their own, with no engine-wide setting applied before a call. Runs in Node
// with a fake MediaDevices and a stand-in for sip.js's incoming Invitation.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PhoneEngine, PhoneError } from '../../../../../renderer/src/telephony';
import { autoAnswerPolicy } from '../../../../../renderer/src/phone/accounts';

const account = (id: string, user: string) => ({ id, server: 'ws://127.0.0.1:8088', user, domain: '127.0.0.1' });

/** Just enough of an incoming sip.js Invitation for the engine to track it. */
function fakeInvitation(headers: Record<string, string[]> = {}) {
  return {
    stateChange: { addListener: () => undefined },
    request: { getHeaders: (name: string) => headers[name] ?? [] },
    remoteIdentity: { uri: { toString: () => 'sip:2000@127.0.0.1' }, displayName: '' },
    replacee: undefined,
    accept: vi.fn(() => Promise.resolve()),
    reject: vi.fn(() => Promise.resolve()),
  };
}

type Internals = { onInvite(account: unknown, invitation: unknown): void; accounts: Map<string, { account: unknown }> };

function ring(engine: PhoneEngine, accountId: string, invitation = fakeInvitation()) {
  const internals = engine as unknown as Internals;
  internals.onInvite(internals.accounts.get(accountId)!.account, invitation);
  const call = engine.snapshot().calls.at(-1)!;
  return { call, invitation };
}

describe('per-account auto-answer and recording in the engine', () => {
  let engine: PhoneEngine;
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('WebSocket', vi.fn());
    vi.stubGlobal('Audio', class { autoplay = false; srcObject = null; pause(): void {} play(): Promise<void> { return Promise.resolve(); } });
    engine = new PhoneEngine({ mediaDevices: new EventTarget() as MediaDevices, clock: () => Date.now() });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('answers by itself only on the account whose policy says so', async () => {
    engine.addAccount(account('desk', '1001'), { autoAnswer: { mode: 'off' } });
    engine.addAccount(account('intercom', '1002'), { autoAnswer: { mode: 'after-delay', delayMs: 2000 } });

    const manual = ring(engine, 'desk');
    expect(manual.call).toMatchObject({ accountId: 'desk', state: 'ringing' });
    expect(manual.call.autoAnswerAt).toBeUndefined();
    await engine.reject(manual.call.id);

    const auto = ring(engine, 'intercom');
    expect(auto.call).toMatchObject({ accountId: 'intercom', state: 'ringing', autoAnswerAt: Date.now() + 2000 });
    await vi.advanceTimersByTimeAsync(1999);
    expect(auto.invitation.accept).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(auto.invitation.accept).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(manual.invitation.accept).not.toHaveBeenCalled();
  });

  it('when-requested follows the INVITE on one account and ignores it on another', async () => {
    engine.addAccount(account('a', '1001'), { autoAnswer: { mode: 'when-requested' } });
    engine.addAccount(account('b', '1002'));
    const asked = { 'call-info': ['<sip:127.0.0.1>;answer-after=0'] };
    const onB = ring(engine, 'b', fakeInvitation(asked));
    expect(onB.call.autoAnswerAt).toBeUndefined();
    await engine.reject(onB.call.id);
    const onA = ring(engine, 'a', fakeInvitation(asked));
    expect(onA.call.autoAnswerAt).toBe(Date.now());
  });

  it('never auto-answers over a live call, whatever the account says', async () => {
    engine.addAccount(account('a', '1001'));
    engine.addAccount(account('b', '1002'), { autoAnswer: { mode: 'after-delay', delayMs: 0 } });
    ring(engine, 'a');
    const waiting = ring(engine, 'b');
    expect(waiting.call.autoAnswerAt).toBeUndefined();
  });

  it('records by the policy of the call’s own account', async () => {
    engine.addAccount(account('quiet', '1001'), { recording: 'off' });
    engine.addAccount(account('taped', '1002'), { recording: 'on-demand' });
    const quiet = ring(engine, 'quiet').call;
    const taped = ring(engine, 'taped').call;
    expect(() => engine.startRecording(quiet.id)).toThrow(new PhoneError('Recording is switched off by policy'));
    expect(() => engine.startRecording(taped.id)).not.toThrow(); // no media yet: nothing to record, no refusal

    engine.setAccountPolicy('quiet', { recording: 'on-demand' });
    expect(() => engine.startRecording(quiet.id)).not.toThrow();
    expect(engine.accountPolicy('quiet')).toEqual({ autoAnswer: { mode: 'off' }, recording: 'on-demand' });
  });

  it('uses the engine defaults for an account added without a policy, and refuses unknown accounts', () => {
    const withDefaults = new PhoneEngine({ mediaDevices: new EventTarget() as MediaDevices, recording: 'always', autoAnswer: { mode: 'when-requested' } });
    withDefaults.addAccount(account('x', '1001'));
    withDefaults.addAccount(account('y', '1002'), { recording: 'off' });
    expect(withDefaults.accountPolicy('x')).toEqual({ autoAnswer: { mode: 'when-requested' }, recording: 'always' });
    expect(withDefaults.accountPolicy('y')).toEqual({ autoAnswer: { mode: 'when-requested' }, recording: 'off' });
    expect(() => withDefaults.setAccountPolicy('nope', { recording: 'off' })).toThrow('No SIP account with id "nope"');
  });

  it('the settings form maps to the engine policy', () => {
    expect(autoAnswerPolicy({ mode: 'off', delayMs: 500 })).toEqual({ mode: 'off' });
    expect(autoAnswerPolicy({ mode: 'after-delay', delayMs: 500 })).toEqual({ mode: 'after-delay', delayMs: 500 });
    expect(autoAnswerPolicy({ mode: 'when-requested', delayMs: 0 })).toEqual({ mode: 'when-requested' });
  });
});
