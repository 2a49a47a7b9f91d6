// The engine refuses bad requests before anything reaches the network. Runs in Node: a fake
// MediaDevices stands in for the browser, and WebSocket is a spy that must never be built.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatSipMessage } from '../../../../../common/sip/messages';
import { PhoneEngine, PhoneError } from '../../../../../renderer/src/telephony';
import { setupFailure } from '../../../../../renderer/src/telephony/phone-call';

const account = { id: 'a1', server: 'ws://127.0.0.1:8088', user: '1001', domain: '127.0.0.1' };

describe('PhoneEngine refusals', () => {
  const sockets = vi.fn();
  let engine: PhoneEngine;

  beforeEach(() => {
    vi.stubGlobal('WebSocket', sockets);
    // each call owns a far-end <audio> element; Node has none
    vi.stubGlobal('Audio', class { autoplay = false; srcObject = null; pause(): void {} play(): Promise<void> { return Promise.resolve(); } });
    engine = new PhoneEngine({ mediaDevices: new EventTarget() as MediaDevices });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    sockets.mockReset();
  });

  it('asks for an account before dialling', async () => {
    await expect(engine.call('1002')).rejects.toThrow('Add a SIP account before dialling');
  });

  it('refuses header injection in the dial string with a keyed reason and sends nothing', async () => {
    engine.addAccount(account);
    const refusal = await engine.call('1002\r\nX-Evil: 1').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(PhoneError);
    expect((refusal as PhoneError).reason).toEqual({ key: 'dial.forbiddenCharacter', params: { char: 'U+000D' } });
    expect((refusal as PhoneError).message).toBe('The number or address contains a character that is not allowed: U+000D');
    expect(sockets).not.toHaveBeenCalled();
    expect(engine.snapshot().calls).toEqual([]);
  });

  it('ends a call it cannot set up with the reason, instead of leaving it dialling', async () => {
    engine.addAccount(account); // never connected: sip.js refuses to send the INVITE
    const id = await engine.call('1002');
    const [call] = engine.snapshot().calls;
    expect(call).toMatchObject({ id, state: 'ended', endReason: 'failed', failure: { key: 'call.setupFailed' } });
    // the browser's or sip.js's own (English) text is not carried to the screen
    expect(call?.failure?.params).toBeUndefined();
  });

  it.each([
    ['NotAllowedError', 'call.micDenied', '不允许使用麦克风'],
    ['NotFoundError', 'call.micMissing', '没有找到麦克风'],
    ['NotReadableError', 'call.micBusy', '麦克风正被其他程序占用'],
    ['TypeError', 'call.setupFailed', '无法建立呼叫'],
  ] as const)('says a call that could not start because of %s by its cause, with what to do', (name, key, zh) => {
    const error = name === 'TypeError' ? new TypeError('Failed to execute setRemoteDescription') : new DOMException('Permission denied by system', name);
    const failure = setupFailure(error);
    expect(failure).toEqual({ key });
    expect(formatSipMessage(failure, 'zh-CN')).toContain(zh);
    expect(formatSipMessage(failure, 'zh-CN').replace(/Dialdeck|SIP/g, '')).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('rejects an invalid account and a duplicate id', () => {
    expect(() => engine.addAccount({ ...account, server: 'http://x' })).toThrow('must start with wss://');
    engine.addAccount(account);
    expect(() => engine.addAccount(account)).toThrow('An account with id "a1" already exists');
  });

  it('publishes the new account as unregistered to subscribers', () => {
    const seen: string[] = [];
    engine.subscribe((snapshot) => seen.push(snapshot.accounts.map((a) => `${a.aor}:${a.registration}`).join()));
    engine.addAccount(account);
    expect(seen).toEqual(['', 'sip:1001@127.0.0.1:unregistered']);
  });

  it('names unknown calls and accounts', async () => {
    await expect(engine.hangup('nope')).rejects.toThrow('No call with id "nope"');
    await expect(engine.register('nope')).rejects.toThrow('No SIP account with id "nope"');
  });
});
