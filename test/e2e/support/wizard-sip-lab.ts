// The dialer engineer's loopback SIP lab for the wizard's SIP step: Kamailio (ws://127.0.0.1:8088,
// the harness's allowed connect-src) with rtpengine, and sipp answering as user "sipp". Only where the
// lab may run (loopback-only namespace, binaries present); otherwise says why and the spec takes the
// failure path instead.
import { startKamailio } from '../../support/sip/kamailio';
import { startRtpengine } from '../../support/sip/rtpengine';
import { sipLabSkipReason } from '../../support/sip/environment';
import { sippAnswerer, type SippRun } from '../../support/sip/sipp';
import type { Daemon } from '../../support/sip/daemon';

export interface WizardSipLab {
  answerer(): SippRun;
  close(): Promise<void>;
}

export async function startWizardSipLab(): Promise<WizardSipLab | string> {
  const skip = sipLabSkipReason();
  if (skip) return skip;
  const daemons: Daemon[] = [];
  const runs: SippRun[] = [];
  try {
    daemons.push(await startRtpengine());
    daemons.push(await startKamailio({ rtpengine: true }));
  } catch (error) {
    for (const d of daemons.reverse()) await d.stop();
    return `SIP lab did not start: ${String(error)}`;
  }
  return {
    answerer() {
      const run = sippAnswerer(1);
      runs.push(run);
      return run;
    },
    async close() {
      for (const r of runs) r.kill();
      for (const d of daemons.reverse()) await d.stop();
    },
  };
}
