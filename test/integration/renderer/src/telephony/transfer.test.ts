// Blind (REFER) and attended (REFER with Replaces) transfer of alice from bob to carol,
// proven by carol and alice hearing each other's tone afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../../../../support/sip/agent';
import { skipUnlessSipLab } from '../../../../support/sip/environment';
import { SipLab } from '../../../../support/sip/sip-lab';
import { within } from '../../../../support/sip/tones';

describe.skipIf(skipUnlessSipLab())('call transfer through Kamailio', () => {
  let lab: SipLab;
  let alice: Agent;
  let bob: Agent;
  let carol: Agent;

  beforeAll(async () => {
    lab = await SipLab.start();
    alice = await lab.agent('alice', 440);
    bob = await lab.agent('bob', 1000);
    carol = await lab.agent('carol', 1500);
  });
  afterAll(() => lab?.close());

  async function connect(from: Agent, to: Agent, target: string): Promise<[string, string]> {
    const fromId = await from.call(target);
    const ringing = await to.waitForCall('ringing');
    await to.answer(ringing.id);
    await from.waitForCall('connected', fromId);
    return [fromId, ringing.id];
  }

  async function expectAliceTalksToCarol(): Promise<void> {
    const aliceCall = await alice.waitForCall('connected');
    const carolCall = await carol.waitForCall('connected');
    await alice.page.waitForTimeout(600);
    expect(within((await alice.peakFrequency(aliceCall.id)).hz, 1500)).toBe(true);
    expect(within((await carol.peakFrequency(carolCall.id)).hz, 440)).toBe(true);
    await alice.hangup(aliceCall.id);
    await carol.waitForCall('ended', carolCall.id);
  }

  async function clearCalls(...agents: Agent[]): Promise<void> {
    for (const agent of agents) {
      await agent.page.evaluate(() => {
        for (const call of window.lab.snapshot().calls) if (call.state === 'ended') window.lab.engine.finishCall(call.id, 'done');
      });
    }
  }

  it('blind transfer: bob REFERs alice to carol and drops out', async () => {
    const [, bobCall] = await connect(alice, bob, 'bob');
    await bob.page.evaluate((id) => window.lab.engine.blindTransfer(id, 'carol'), bobCall);
    const carolRinging = await carol.waitForCall('ringing');
    expect(carolRinging.remoteUri).toContain('alice');
    await carol.answer(carolRinging.id);
    expect(await bob.waitForCall('ended', bobCall)).toMatchObject({ endReason: 'transferred' });
    expect((await alice.waitForCall('connected')).remoteUri).toBe('sip:carol@127.0.0.1');
    await expectAliceTalksToCarol();
    await clearCalls(alice, bob, carol);
  });

  it('refuses a blind transfer to an injected target before sending anything', async () => {
    const [aliceCall, bobCall] = await connect(alice, bob, 'bob');
    await expect(bob.page.evaluate((id) => window.lab.engine.blindTransfer(id, 'carol\r\nX: y'), bobCall)).rejects.toThrow('not allowed');
    expect((await bob.snapshot()).calls.find((c) => c.id === bobCall)?.state).toBe('connected');
    await alice.hangup(aliceCall);
    await bob.waitForCall('ended', bobCall);
    await clearCalls(alice, bob);
  });

  it('attended transfer: bob consults carol, then joins alice to carol with Replaces', async () => {
    const [, bobToAlice] = await connect(alice, bob, 'bob');
    const [bobToCarol, carolFromBob] = await connect(bob, carol, 'carol');
    // calling carol put alice on hold automatically
    await bob.waitForCall('held', bobToAlice);
    await bob.page.evaluate(([a, c]) => window.lab.engine.attendedTransfer(a!, c!), [bobToAlice, bobToCarol]);
    await carol.waitForCall('ended', carolFromBob);
    await bob.waitForCall('ended', bobToAlice);
    await bob.waitForCall('ended', bobToCarol);
    await expectAliceTalksToCarol();
  });
});
