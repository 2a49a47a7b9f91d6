// 20 agent-to-agent calls through the loopback Kamailio, timed in the browsers:
//   dial → ringing: alice clicks dial → her engine reports 'early' (180 Ringing received)
//   answer → audio: bob clicks answer → his first inbound RTP packet (getStats, 5 ms polling)
// Baseline, same run, same Kamailio: a raw UDP INVITE → 180 to sipp (no browser, no WebRTC).
// Run inside a loopback-only namespace:
//   unshare -n sh -c 'ip link set lo up && npx tsx test/bench/call.bench.ts'
import { sipLabSkipReason } from '../support/sip/environment';
import { measureInviteToRinging } from '../support/sip/raw-invite';
import { SipLab } from '../support/sip/sip-lab';
import { sippRingBusy } from '../support/sip/sipp';

const calls = 20;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, index)] ?? Number.NaN) * 10) / 10;
}

async function main(): Promise<void> {
  const skip = sipLabSkipReason();
  if (skip !== undefined) {
    console.log(skip);
    return;
  }
  const lab = await SipLab.start();
  try {
    const sipp = sippRingBusy(calls);
    const baseline = await measureInviteToRinging(calls).finally(() => sipp.kill());

    const alice = await lab.agent('alice', 440);
    const bob = await lab.agent('bob', 1000);
    const dialToRinging: number[] = [];
    const answerToAudio: number[] = [];
    for (let i = 0; i < calls; i++) {
      const { id, clicked } = await alice.page.evaluate(async () => {
        const clickedAt = performance.now();
        return { id: await window.lab.engine.call('bob'), clicked: clickedAt };
      });
      await alice.waitForCall('early', id);
      const ringingAt = await alice.page.evaluate((callId) => window.lab.markOf(callId, 'early'), id);
      dialToRinging.push(ringingAt! - clicked);

      const bobCall = (await bob.waitForCall('ringing')).id;
      answerToAudio.push(
        await bob.page.evaluate(async (callId) => {
          const answeredAt = performance.now();
          await window.lab.engine.answer(callId);
          return (await window.lab.firstPacketAt(callId)) - answeredAt;
        }, bobCall),
      );
      await alice.hangup(id);
      await bob.waitForCall('ended', bobCall);
      for (const agent of [alice, bob]) {
        await agent.page.evaluate(() => window.lab.snapshot().calls.forEach((c) => window.lab.engine.finishCall(c.id, 'done')));
      }
    }

    const baselineP50 = percentile(baseline, 50);
    const dialP50 = percentile(dialToRinging, 50);
    console.log(`baseline raw UDP INVITE→180 via Kamailio: p50 ${baselineP50} ms, p95 ${percentile(baseline, 95)} ms`);
    console.log(`agent dial→ringing p50 ${dialP50} ms = ${(dialP50 / baselineP50).toFixed(1)}× baseline (target ≤ 150 ms)`);
    console.log(`agent answer→first audio packet p50 ${percentile(answerToAudio, 50)} ms (target ≤ 300 ms)`);
    console.log(
      JSON.stringify({
        calls,
        dialToRingingP50Ms: dialP50,
        dialToRingingP95Ms: percentile(dialToRinging, 95),
        answerToAudioP50Ms: percentile(answerToAudio, 50),
      }),
    );
  } finally {
    await lab.close();
  }
}

await main();
