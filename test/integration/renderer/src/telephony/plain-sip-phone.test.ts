// Calls between an agent (WebRTC over WebSocket) and a plain SIP/UDP phone (sipp) through
// Kamailio + rtpengine, in both directions. sipp echoes the RTP it receives, so the agent
// hearing its own 440 Hz proves media crossed the WebRTC ↔ RTP bridge both ways.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../../../../support/sip/agent';
import { skipUnlessSipLab } from '../../../../support/sip/environment';
import { SipLab } from '../../../../support/sip/sip-lab';
import { sippAnswerer, sippCaller, type SippRun } from '../../../../support/sip/sipp';
import { within } from '../../../../support/sip/tones';

describe.skipIf(skipUnlessSipLab())('agent ↔ plain SIP phone through Kamailio + rtpengine', () => {
  let lab: SipLab;
  let alice: Agent;
  let sipp: SippRun | undefined;

  beforeAll(async () => {
    lab = await SipLab.start({ rtpengine: true });
    alice = await lab.agent('alice', 440, { autoAnswer: { mode: 'after-delay', delayMs: 0 } });
  });
  afterAll(async () => {
    sipp?.kill();
    await lab?.close();
  });

  it('agent calls the SIP phone, hears the echo of its tone, and hangs up cleanly', async () => {
    sipp = sippAnswerer();
    const id = await alice.call('sipp');
    await alice.waitForCall('connected', id);
    await alice.page.waitForTimeout(800);
    expect(within((await alice.peakFrequency(id)).hz, 440)).toBe(true);
    await alice.hangup(id);
    const { code, output } = await sipp.done;
    expect(code, output).toBe(0);
  });

  it('SIP phone calls the agent, the agent auto-answers, and the phone hangs up', async () => {
    await alice.page.evaluate(() => {
      for (const call of window.lab.snapshot().calls) window.lab.engine.finishCall(call.id, 'done');
    });
    sipp = sippCaller('alice', { holdMs: 2500 });
    const call = await alice.waitForCall('connected');
    expect(call).toMatchObject({ direction: 'inbound', remoteUri: 'sip:sipp@127.0.0.1:5080' });
    await alice.page.waitForTimeout(800);
    expect(within((await alice.peakFrequency(call.id)).hz, 440)).toBe(true);
    expect(await alice.waitForCall('ended', call.id)).toMatchObject({ endReason: 'remote-hangup' });
    const { code, output } = await sipp.done;
    expect(code, output).toBe(0);
  });
});
