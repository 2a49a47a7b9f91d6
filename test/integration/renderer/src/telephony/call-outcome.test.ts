// Automatic call outcomes against real far ends through Kamailio: a "carrier" page answers 183 with
// early media playing China call-progress tones (or 180, or a refusal with a Q.850 Reason), and the
// agent's engine must play that media, recognise the tone, hang up by itself where the attempt cannot
// succeed, and put the outcome with its evidence on the call. Nothing here is scripted on the agent side.
import type { Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../../../../support/sip/agent';
import { skipUnlessSipLab } from '../../../../support/sip/environment';
import { SipLab } from '../../../../support/sip/sip-lab';

const busyCadence = [{ hz: 450, ms: 350 }, { hz: 0, ms: 350 }];
const ringback = [{ hz: 450, ms: 1000 }, { hz: 0, ms: 4000 }];
const sit = [{ hz: 950, ms: 330 }, { hz: 1400, ms: 330 }, { hz: 1800, ms: 330 }, { hz: 0, ms: 1000 }];

describe.skipIf(skipUnlessSipLab())('automatic outcomes from early media and SIP causes', () => {
  let lab: SipLab;
  let alice: Agent;
  let busyCarrier: Page;

  beforeAll(async () => {
    lab = await SipLab.start();
    alice = await lab.agent('alice', 440);
    busyCarrier = await lab.carrier({ user: 'busy', progress: 183, tones: busyCadence });
    await lab.carrier({ user: 'vacant', progress: 183, tones: sit });
    await lab.carrier({ user: 'absent', progress: 183, tones: ringback, reject: { afterMs: 1500, code: 480, reason: 'Q.850;cause=20;text="Subscriber absent"' } });
    await lab.carrier({ user: 'ringing', progress: 180, tones: [] });
  }, 60_000);
  afterAll(() => lab?.close());

  it('hears a busy tone (450 Hz, 350/350 ms) in early media, hangs up by itself and says busy (tone)', async () => {
    const id = await alice.call('busy');
    const early = await alice.waitForCall('early', id);
    expect(early.direction).toBe('outbound');
    const ended = await alice.waitForCall('ended', id, 10_000);
    expect(ended).toMatchObject({ earlyMedia: true, heardTone: 'busy', endReason: 'cancelled', autoOutcome: { outcome: 'busy', source: 'tone' } });
    expect(ended.answeredAt).toBeUndefined();
    // two on/off cycles must be heard first, and the far end got our CANCEL
    expect(ended.endedAt! - ended.createdAt).toBeGreaterThan(1000);
    await busyCarrier.waitForFunction(() => window.lab.carrierLog().cancelled === 1);
    expect((await busyCarrier.evaluate(() => window.lab.carrierLog())).events).toEqual(['invite', 'sent 183', 'cancel']);
  });

  it('recognises special-information tones as an invalid number', async () => {
    const id = await alice.call('vacant');
    const ended = await alice.waitForCall('ended', id, 10_000);
    expect(ended).toMatchObject({ heardTone: 'sit', autoOutcome: { outcome: 'invalidNumber', source: 'tone' } });
  });

  it('takes the Q.850 cause of the Reason header over the bare 480 (ringback in early media meanwhile)', async () => {
    const id = await alice.call('absent');
    const ended = await alice.waitForCall('ended', id, 10_000);
    expect(ended).toMatchObject({ earlyMedia: true, endReason: 'rejected', failure: { key: 'sip.480' }, autoOutcome: { outcome: 'unreachable', source: 'sip' } });
  });

  it('gives up after the no-answer timeout counted from the 180, and says noAnswer (timeout)', async () => {
    const id = await alice.page.evaluate(() => window.lab.engine.call('ringing', { noAnswerTimeoutSeconds: 5 }));
    const early = await alice.waitForCall('early', id);
    expect(early.earlyMedia).toBeUndefined(); // a 180 carries no media
    const ended = await alice.waitForCall('ended', id, 9_000);
    expect(ended).toMatchObject({ endReason: 'cancelled', autoOutcome: { outcome: 'noAnswer', source: 'timeout' } });
    expect(ended.endedAt! - ended.createdAt).toBeGreaterThanOrEqual(5000);
  });

  it('an agent who hangs up while it rings leaves the outcome at cancelled', async () => {
    const id = await alice.call('ringing');
    await alice.waitForCall('early', id);
    await alice.hangup(id);
    const ended = await alice.waitForCall('ended', id);
    expect(ended.autoOutcome).toEqual({ outcome: 'cancelled', source: 'sip' });
  });
});
