// rtpengine in userspace (no kernel module): bridges WebRTC (ICE, DTLS-SRTP) and plain RTP.
import { setTimeout as sleep } from 'node:timers/promises';
import { spawnDaemon, type Daemon } from './daemon';
import { binaries } from './environment';

export async function startRtpengine(): Promise<Daemon> {
  const daemon = spawnDaemon('rtpengine', binaries.rtpengine, [
    '--interface=127.0.0.1',
    '--listen-ng=127.0.0.1:22222',
    '--table=-1',
    '--port-min=30000',
    '--port-max=30100',
    '--foreground',
    '--log-stderr',
  ]);
  // The ng control socket is UDP, so there is nothing to connect to: wait for its startup line.
  for (let waited = 0; !/Startup complete/.test(daemon.output()); waited += 20) {
    if (waited > 5000) {
      await daemon.stop();
      throw new Error(`rtpengine did not start:\n${daemon.output()}`);
    }
    await sleep(20);
  }
  return daemon;
}
