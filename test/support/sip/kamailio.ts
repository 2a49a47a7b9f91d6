// Kamailio as registrar/proxy on loopback: ws://127.0.0.1:8088 for the agents, udp 5060 for sipp.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnDaemon, waitForTcp, type Daemon } from './daemon';
import { binaries } from './environment';

export const kamailioConfig = fileURLToPath(new URL('../../../deploy/kamailio/dialdeck/kamailio.cfg', import.meta.url));
export const sipWebSocketUrl = 'ws://127.0.0.1:8088';
export const sipDomain = '127.0.0.1';

export async function startKamailio(options: { rtpengine: boolean }): Promise<Daemon> {
  const runDir = mkdtempSync(join(tmpdir(), 'dialdeck-kamailio-'));
  const args = ['-f', kamailioConfig, '-Y', runDir, '-DD', '-E', '-m', '64', '-M', '8'];
  if (options.rtpengine) args.push('-A', 'WITH_RTPENGINE');
  const child = spawnDaemon('kamailio', binaries.kamailio, args);
  const daemon: Daemon = {
    ...child,
    stop: async () => {
      await child.stop();
      rmSync(runDir, { recursive: true, force: true });
    },
  };
  try {
    await waitForTcp(8088);
  } catch (error) {
    await daemon.stop();
    throw new Error(`kamailio did not start: ${String(error)}\n${daemon.output()}`, { cause: error });
  }
  return daemon;
}
