// Two agents (Chromium + the real PhoneEngine) call each other through Kamailio over WebSocket.
// Audio is proven by frequency: alice sends 440 Hz, bob 1000 Hz, each side's FFT must find the other's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../../../../support/sip/agent';
import { skipUnlessSipLab } from '../../../../support/sip/environment';
import { SipLab } from '../../../../support/sip/sip-lab';
import { within } from '../../../../support/sip/tones';

describe.skipIf(skipUnlessSipLab())('browser ↔ browser calls through Kamailio', () => {
  let lab: SipLab;
  let alice: Agent;
  let bob: Agent;
  let aliceCall: string;
  let bobCall: string;

  beforeAll(async () => {
    lab = await SipLab.start();
    alice = await lab.agent('alice', 440);
    bob = await lab.agent('bob', 1000, { dtmfMode: 'info' });
  });
  afterAll(() => lab?.close());

  it('shows why a registration was refused', async () => {
    const refused = await lab.agent('forbidden', 300, {}, 'failed');
    expect((await refused.snapshot()).accounts[0]).toMatchObject({ registration: 'failed', reason: { key: 'sip.403' } });
  });

  it('refuses an unknown number with a human reason', async () => {
    const id = await alice.call('nobody');
    const ended = await alice.waitForCall('ended', id);
    expect(ended).toMatchObject({ endReason: 'rejected', failure: { key: 'sip.404' } });
  });

  it('rings bob, connects on answer, and carries each tone to the other side', async () => {
    aliceCall = await alice.call('bob');
    const ringing = await bob.waitForCall('ringing');
    bobCall = ringing.id;
    expect(ringing.remoteUri).toBe('sip:alice@127.0.0.1');
    await alice.waitForCall('early', aliceCall);
    await bob.answer(bobCall);
    await alice.waitForCall('connected', aliceCall);
    await bob.waitForCall('connected', bobCall);
    await alice.page.waitForTimeout(700); // let audio flow through the jitter buffers
    const [aliceHears, bobHears] = await Promise.all([alice.peakFrequency(aliceCall), bob.peakFrequency(bobCall)]);
    expect(within(aliceHears.hz, 1000), `alice hears ${aliceHears.hz} Hz`).toBe(true);
    expect(within(bobHears.hz, 440), `bob hears ${bobHears.hz} Hz`).toBe(true);
  });

  it('sends DTMF as SIP INFO and the far end receives the digits', async () => {
    await bob.page.evaluate((id) => window.lab.engine.sendDtmf(id, '5#'), bobCall); // bob's account mode is info
    await alice.page.waitForFunction((id) => window.lab.snapshot().calls.find((c) => c.id === id)?.receivedDtmf === '5#', aliceCall);
  });

  it('sends DTMF as RFC 4733 telephone-events on the negotiated media', async () => {
    expect(await alice.page.evaluate((id) => window.lab.negotiatedTelephoneEvent(id), aliceCall)).toBe(true);
    expect(await alice.page.evaluate((id) => window.lab.playRfc4733(id, '123'), aliceCall)).toBe('123');
  });

  it('refuses DTMF characters that are not digits', async () => {
    await expect(alice.page.evaluate((id) => window.lab.engine.sendDtmf(id, '1;x'), aliceCall)).rejects.toThrow('DTMF accepts only');
  });

  it('stops audio from the held side and brings it back on resume', async () => {
    await alice.hold(aliceCall, true);
    await alice.waitForCall('held', aliceCall);
    await alice.page.waitForTimeout(300);
    // bob is held (recvonly): he sends nothing; alice's muted sender carries silence, not her tone
    expect(await alice.inboundRate(aliceCall)).toBeLessThan(200);
    expect((await bob.peakFrequency(bobCall)).db).toBeLessThan(-90);
    await alice.hold(aliceCall, false);
    await alice.waitForCall('connected', aliceCall);
    await alice.page.waitForTimeout(300);
    expect(await alice.inboundRate(aliceCall)).toBeGreaterThan(1000);
    expect(within((await alice.peakFrequency(aliceCall)).hz, 1000)).toBe(true);
    expect(within((await bob.peakFrequency(bobCall)).hz, 440)).toBe(true);
  });

  it('hangs up on both sides', async () => {
    await alice.hangup(aliceCall);
    expect(await alice.waitForCall('ended', aliceCall)).toMatchObject({ endReason: 'local-hangup' });
    expect(await bob.waitForCall('ended', bobCall)).toMatchObject({ endReason: 'remote-hangup' });
  });

  it('is unreachable after unregistering', async () => {
    await bob.page.evaluate(() => window.lab.engine.unregister('bob'));
    await bob.waitForRegistration('unregistered');
    const id = await alice.call('bob');
    expect(await alice.waitForCall('ended', id)).toMatchObject({ failure: { key: 'sip.404' } });
  });
});
