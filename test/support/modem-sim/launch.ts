import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/** Whether socat exists here; PTY tests skip with this reason otherwise. */
export const socatMissing = spawnSync('socat', ['-V']).error ? 'socat is not installed (apt-get install -y socat)' : null;

export interface PtyPair {
  host: string;
  device: string;
  process: ChildProcess;
}

/** `socat -d -d pty,raw,echo=0 pty,raw,echo=0` prints both /dev/pts paths on stderr. */
export async function startPtyPair(): Promise<PtyPair> {
  const child = spawn('socat', ['-d', '-d', 'pty,raw,echo=0', 'pty,raw,echo=0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const paths: string[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const m of stderr.matchAll(/PTY is (\/dev\/pts\/\d+)/g)) if (m[1] && !paths.includes(m[1])) paths.push(m[1]);
  });
  const deadline = Date.now() + 5_000;
  while (paths.length < 2 || !/starting data transfer loop/.test(stderr)) {
    if (Date.now() > deadline) throw new Error(`socat did not report two PTYs: ${stderr}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return { host: paths[0]!, device: paths[1]!, process: child };
}

const SIM_ENTRY = fileURLToPath(new URL('./modem-sim.ts', import.meta.url));

export interface RunningSim {
  process: ChildProcess;
  send(command: string): void;
}

export async function startModemSim(path: string, imei: string, family: string): Promise<RunningSim> {
  const child = spawn(process.execPath, ['--import', 'tsx', SIM_ENTRY, path, imei, family], { stdio: ['pipe', 'pipe', 'inherit'] });
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  if (!chunk.toString().includes('ready')) throw new Error(`modem sim did not start: ${chunk.toString()}`);
  return { process: child, send: (command) => child.stdin?.write(`${command}\n`) };
}

/** Kills hard (SIGKILL), like pulling the USB cable: no goodbye bytes, no close. */
export async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}
