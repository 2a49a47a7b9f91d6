// The callee farm that campaign tests and bench:dialer dial: each behaviour is checked from a real
// WebRTC agent through Kamailio + rtpengine, so a campaign test failing later is not the farm's fault.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calleeNumber, startCalleeFarm, type CalleeFarm } from '../../../../support/callees/callee-farm';
import type { Agent } from '../../../../support/sip/agent';
import { skipUnlessSipLab } from '../../../../support/sip/environment';
import { SipLab } from '../../../../support/sip/sip-lab';
import { within } from '../../../../support/sip/tones';

describe.skipIf(skipUnlessSipLab())('callee farm behind Kamailio', () => {
  let lab: SipLab;
  let farm: CalleeFarm;
  let alice: Agent;

  beforeAll(async () => {
    lab = await SipLab.start({ rtpengine: true });
    farm = await startCalleeFarm();
    alice = await lab.agent('alice', 440);
  }, 60_000);
  afterAll(async () => {
    await farm?.stop();
    await lab?.close();
  });

  it('answers …1 numbers, echoes audio, and ends when the caller hangs up', async () => {
    const id = await alice.call(calleeNumber('answer', 0));
    await alice.waitForCall('connected', id);
    await expect.poll(async () => within((await alice.peakFrequency(id)).hz, 440), { timeout: 5000 }).toBe(true);
    await alice.hangup(id);
    expect(await alice.waitForCall('ended', id)).toMatchObject({ endReason: 'local-hangup' });
  });

  it('answers 486 Busy Here for …2 numbers', async () => {
    const id = await alice.call(calleeNumber('busy', 1));
    expect(await alice.waitForCall('ended', id)).toMatchObject({ failure: { key: 'sip.486' } });
  });

  it('rings …3 numbers until the caller gives up', async () => {
    const id = await alice.call(calleeNumber('noAnswer', 2));
    await alice.waitForCall('early', id);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await alice.snapshot()).calls.find((c) => c.id === id)?.state).toBe('early');
    await alice.hangup(id);
    expect(await alice.waitForCall('ended', id)).toMatchObject({ endReason: 'cancelled' });
  });

  it('answers …4 numbers and hangs up by itself', async () => {
    const id = await alice.call(calleeNumber('answerThenHangUp', 3));
    await alice.waitForCall('connected', id);
    expect(await alice.waitForCall('ended', id, 6000)).toMatchObject({ endReason: 'remote-hangup' });
  });

  it('answers 404 for …5 numbers', async () => {
    const id = await alice.call(calleeNumber('unknown', 4));
    expect(await alice.waitForCall('ended', id)).toMatchObject({ failure: { key: 'sip.404' } });
  });

  it('saw every INVITE, in order', () => {
    expect(farm.invites().map((n) => n.slice(-2))).toEqual(['01', '12', '23', '34', '45']);
  });

  it('refuses numbers outside 0–9 index', () => expect(() => calleeNumber('answer', 10)).toThrow(RangeError));
});
