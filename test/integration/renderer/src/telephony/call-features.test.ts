// Agent-side features on real calls: auto-answer on request, call waiting, mute, microphone
// switch mid-call (replaceTrack), device fallback, level meter, 3-way conference, recording.
// Tones: alice 440 Hz, bob 1000 Hz, carol 1500 Hz.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../../../../support/sip/agent';
import { skipUnlessSipLab } from '../../../../support/sip/environment';
import { SipLab } from '../../../../support/sip/sip-lab';
import { within } from '../../../../support/sip/tones';

describe.skipIf(skipUnlessSipLab())('call features on real calls', () => {
  let lab: SipLab;
  let alice: Agent;
  let bob: Agent;
  let carol: Agent;

  beforeAll(async () => {
    lab = await SipLab.start();
    alice = await lab.agent('alice', 440);
    bob = await lab.agent('bob', 1000, { autoAnswer: { mode: 'when-requested' }, recording: 'on-demand' });
    carol = await lab.agent('carol', 1500);
  });
  afterAll(() => lab?.close());
  afterEach(async () => {
    // hang up and forget every call so each test starts idle
    for (const agent of [alice, bob, carol]) {
      await agent.page.evaluate(async () => {
        for (const call of window.lab.snapshot().calls) await window.lab.engine.hangup(call.id).catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 100));
        for (const call of window.lab.snapshot().calls) window.lab.engine.finishCall(call.id, 'done');
      });
    }
  });

  async function connect(from: Agent, to: Agent, target: string): Promise<[string, string]> {
    const fromId = await from.call(target);
    const ringing = await to.waitForCall('ringing');
    await to.answer(ringing.id);
    await from.waitForCall('connected', fromId);
    return [fromId, ringing.id];
  }

  it('auto-answers only when the INVITE asks for it', async () => {
    const plain = await alice.call('bob');
    const ringing = await bob.waitForCall('ringing');
    expect(ringing.autoAnswerAt).toBeUndefined();
    await alice.hangup(plain);
    expect(await bob.waitForCall('ended', ringing.id)).toMatchObject({ endReason: 'cancelled' });

    const intercom = await alice.page.evaluate(() => window.lab.engine.call('bob', { requestAutoAnswer: true }));
    await alice.waitForCall('connected', intercom);
    expect((await bob.waitForCall('connected')).autoAnswerAt).toBeTypeOf('number');
  });

  it('auto-answers per account: a second account on the same engine answers by itself, the first still rings', async () => {
    await bob.page.evaluate(async () => {
      const id = window.lab.engine.addAccount({ id: 'bob-intercom', server: 'ws://127.0.0.1:8088', user: 'bobauto', domain: '127.0.0.1' }, { autoAnswer: { mode: 'after-delay', delayMs: 0 } });
      await window.lab.engine.register(id);
    });
    await bob.page.waitForFunction(() => window.lab.snapshot().accounts.find((a) => a.id === 'bob-intercom')?.registration === 'registered');
    try {
      const toIntercom = await alice.call('bobauto');
      await alice.waitForCall('connected', toIntercom);
      expect(await bob.waitForCall('connected')).toMatchObject({ accountId: 'bob-intercom', autoAnswerAt: expect.any(Number) });
      await alice.hangup(toIntercom);
      await bob.waitForCall('ended');
      await bob.page.evaluate(() => window.lab.snapshot().calls.forEach((c) => window.lab.engine.finishCall(c.id, 'done')));

      const toDesk = await alice.call('bob'); // bob's own account: auto-answer only when asked
      const ringing = await bob.waitForCall('ringing');
      expect(ringing).toMatchObject({ accountId: 'bob' });
      expect(ringing.autoAnswerAt).toBeUndefined();
      await bob.page.waitForTimeout(500);
      expect((await bob.snapshot()).calls.find((c) => c.id === ringing.id)?.state).toBe('ringing');
      await alice.hangup(toDesk);
    } finally {
      await bob.page.evaluate(() => window.lab.engine.removeAccount('bob-intercom'));
    }
  });

  it('call waiting: a second call rings during a call; answering it holds the first', async () => {
    const [, bobWithAlice] = await connect(alice, bob, 'bob');
    const carolCall = await carol.call('bob');
    const waiting = await bob.waitForCall('ringing');
    expect((await bob.snapshot()).calls.find((c) => c.id === bobWithAlice)?.state).toBe('connected');
    await bob.answer(waiting.id);
    await carol.waitForCall('connected', carolCall);
    await bob.waitForCall('held', bobWithAlice);
    await bob.page.waitForTimeout(600);
    expect(within((await bob.peakFrequency(waiting.id)).hz, 1500)).toBe(true);
  });

  it('3-way conference: each far end hears the agent and the other far end', async () => {
    const [aliceCall, bobWithAlice] = await connect(alice, bob, 'bob');
    const [carolCall, bobWithCarol] = await connect(carol, bob, 'bob');
    await bob.page.evaluate(([a, c]) => window.lab.engine.conference(a!, c!), [bobWithAlice, bobWithCarol]);
    expect((await bob.snapshot()).calls.every((c) => c.conferenced && c.state === 'connected')).toBe(true);
    await bob.page.waitForTimeout(600);
    const [aliceHearsBob, aliceHearsCarol] = await alice.page.evaluate((id) => window.lab.levelsAt(id, [1000, 1500]), aliceCall);
    const [carolHearsAlice, carolHearsBob] = await carol.page.evaluate((id) => window.lab.levelsAt(id, [440, 1000]), carolCall);
    for (const db of [aliceHearsBob, aliceHearsCarol, carolHearsAlice, carolHearsBob]) expect(db).toBeGreaterThan(-60);

    await bob.page.evaluate(() => window.lab.engine.splitConference());
    await bob.page.waitForTimeout(600);
    const [, aliceHearsCarolAfter] = await alice.page.evaluate((id) => window.lab.levelsAt(id, [1000, 1500]), aliceCall);
    expect(aliceHearsCarolAfter).toBeLessThan(-80);
  });

  it('mutes and unmutes the agent', async () => {
    const [aliceCall, bobCall] = await connect(alice, bob, 'bob');
    await bob.page.evaluate((id) => window.lab.engine.mute(id, true), bobCall);
    await alice.page.waitForTimeout(300);
    expect((await alice.peakFrequency(aliceCall)).db).toBeLessThan(-90);
    await bob.page.evaluate((id) => window.lab.engine.mute(id, false), bobCall);
    await alice.page.waitForTimeout(300);
    expect(within((await alice.peakFrequency(aliceCall)).hz, 1000)).toBe(true);
  });

  it('switches the microphone mid-call without re-INVITE and falls back when a device vanishes', async () => {
    const [aliceCall, bobCall] = await connect(alice, bob, 'bob');
    await bob.page.evaluate(() => window.lab.setTone(2000));
    await bob.page.evaluate(() => window.lab.engine.setDevices({ microphoneId: 'headset-2', speakerId: 'gone', ringerIds: ['gone'] }));
    await alice.page.waitForTimeout(500);
    expect(within((await alice.peakFrequency(aliceCall)).hz, 2000)).toBe(true);

    await bob.page.evaluate(() => navigator.mediaDevices.dispatchEvent(new Event('devicechange')));
    await bob.page.waitForFunction(() => window.lab.engine.selectedDevices().speakerId === undefined);
    expect(await bob.page.evaluate(() => window.lab.engine.selectedDevices())).toEqual({ ringerIds: [] });
    expect((await bob.snapshot()).calls.find((c) => c.id === bobCall)?.state).toBe('connected');
    await bob.page.evaluate(() => window.lab.setTone(1000));
  });

  it('meters the microphone level', async () => {
    const level = await bob.page.evaluate(async () => {
      const meter = await window.lab.engine.meterMicrophone();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const value = meter.level();
      meter.dispose();
      meter.track.stop();
      return value;
    });
    expect(level).toBeGreaterThan(0.2); // a 0.5-amplitude sine has an RMS of 0.35
  });

  it('records both directions on demand and hands the file to the hook', async () => {
    const [, bobCall] = await connect(alice, bob, 'bob');
    await bob.page.evaluate((id) => window.lab.engine.startRecording(id), bobCall);
    expect((await bob.snapshot()).calls[0]?.recording).toBe(true);
    await bob.page.waitForTimeout(1500);
    await bob.page.evaluate((id) => window.lab.engine.stopRecording(id), bobCall);
    const recording = await bob.page.waitForFunction(() => window.lab.recordings[0]);
    expect(await recording.jsonValue()).toMatchObject({ callId: bobCall, type: expect.stringContaining('audio/webm') });
    expect((await recording.jsonValue())!.bytes).toBeGreaterThan(2000);
  });

  it('records every call by itself when the policy is always, and delivers it at hang-up', async () => {
    await alice.page.evaluate(() => window.lab.engine.setAccountPolicy('alice', { recording: 'always' }));
    const [aliceCall] = await connect(alice, bob, 'bob');
    expect((await alice.snapshot()).calls[0]?.recording).toBe(true);
    await alice.page.waitForTimeout(1200);
    await alice.hangup(aliceCall);
    const recording = await alice.page.waitForFunction(() => window.lab.recordings[0]);
    expect(await recording.jsonValue()).toMatchObject({ callId: aliceCall });
    await alice.page.evaluate(() => window.lab.engine.setAccountPolicy('alice', { recording: 'off' }));
  });

  it('refuses to record when the policy is off', async () => {
    // alice is the callee here: her call id is the second one (the first is bob's, unknown to alice)
    const [, aliceCall] = await connect(bob, alice, 'alice');
    await expect(alice.page.evaluate((id) => window.lab.engine.startRecording(id), aliceCall)).rejects.toThrow('switched off by policy');
    expect((await alice.snapshot()).calls.find((c) => c.id === aliceCall)?.recording).toBe(false);
  });
});
