// A second agent: another harness process (own data dir, own token, no virtual headset), killed by
// its process group when the spec is done. Gateways are off unless serial ports are named (the wizard's
// live gateway step probes a socat PTY the OS does not list).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface SecondHarness {
  readonly port: number;
  readonly token: string;
  readonly url: string;
  stop(): Promise<void>;
}

export interface SecondHarnessOptions {
  /** serial ports to probe for gateways (--gateways on --serial-port ...); none: gateways off */
  serialPorts?: readonly string[];
  /** a JSON file of listed ports the devices process sees instead of the OS's (--serial-listing); turns gateways on */
  serialListing?: string;
}

export async function startSecondHarness(port: number, options: SecondHarnessOptions = {}): Promise<SecondHarness> {
  const token = 'e2e-second-agent-token';
  const dataDir = mkdtempSync(join(tmpdir(), 'dialdeck-e2e-b-'));
  const serialPorts = options.serialPorts ?? [];
  const listingArgs = options.serialListing ? ['--serial-listing', options.serialListing] : [];
  const gatewayArgs = serialPorts.length || options.serialListing ? ['--gateways', 'on', ...serialPorts.flatMap((p) => ['--serial-port', p]), ...listingArgs] : ['--gateways', 'off'];
  const child: ChildProcess = spawn(
    'node_modules/.bin/tsx',
    ['main/node/harness/cli.ts', '--port', String(port), '--data-dir', dataDir, ...gatewayArgs, '--connect', 'ws://127.0.0.1:8088'],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DIALDECK_HARNESS_TOKEN: token, DIALDECK_LOCALE: 'en' } },
  );
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid, 'SIGTERM');
      const gone = await Promise.race([exited.then(() => true), sleep(4000).then(() => false)]);
      if (!gone) process.kill(-child.pid, 'SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    const up = await fetch(`http://127.0.0.1:${port}/index.html`).then((r) => r.ok, () => false);
    if (up) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`second harness did not start:\n${output}`);
    }
    await sleep(250);
  }
  return { port, token, url: `http://127.0.0.1:${port}/#token=${token}`, stop };
}
