// The loopback Kamailio the two agents register on, from the SIP lab's own launchers (one lab at a
// time: the lock). `skipReason` says why the lab cannot run here (not in a lo-only netns, binaries).
import type { Daemon } from '../../support/sip/daemon';
import { sipLabSkipReason } from '../../support/sip/environment';
import { startKamailio } from '../../support/sip/kamailio';
import { acquireLabLock } from '../../support/sip/lab-lock';

export const skipReason = sipLabSkipReason;

export async function startKamailioLab(): Promise<() => Promise<void>> {
  const release = await acquireLabLock();
  let kamailio: Daemon | undefined;
  try {
    kamailio = await startKamailio({ rtpengine: false });
  } catch (error) {
    release();
    throw error;
  }
  return async () => {
    await kamailio?.stop();
    release();
  };
}
