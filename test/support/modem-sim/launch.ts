import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
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
  /** Serves a fixture; resolves once the simulator has it loaded, so the driver's next write is matched. */
  play(fixturePath: string, ...flags: string[]): Promise<void>;
  /** Resolves when the simulator prints this status line (`played`...). */
  output(line: string): Promise<void>;
  /** Every command line and SMS payload the driver wrote, in order (without CR / Ctrl-Z). */
  readonly written: string[];
}

export interface SimOptions {
  /** firmware without voice: Huawei answers AT^CVOICE? with COMMAND NOT SUPPORT, FXO lists no class 8 ... */
  noVoice?: boolean;
}

export async function startModemSim(path: string, imei: string, family: string, options: SimOptions = {}): Promise<RunningSim> {
  const args = [SIM_ENTRY, path, imei, family, ...(options.noVoice ? ['novoice'] : [])];
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const written: string[] = [];
  lines.on('line', (line) => {
    if (line.startsWith('{')) written.push((JSON.parse(line) as { written: string }).written);
  });
  const output = (expected: string): Promise<void> =>
    new Promise((resolve) => {
      const onLine = (line: string): void => {
        if (line !== expected) return;
        lines.off('line', onLine);
        resolve();
      };
      lines.on('line', onLine);
    });
  const ready = output('ready');
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`modem sim exited (${String(code)}) before it was ready`);
  });
  await Promise.race([ready, exited]);
  const send = (command: string): void => void child.stdin?.write(`${command}\n`);
  return {
    process: child,
    send,
    output,
    written,
    play: (fixturePath, ...flags) => {
      const playing = output('playing');
      send(['play', fixturePath, ...flags].join(' '));
      return playing;
    },
  };
}

/** Kills hard (SIGKILL), like pulling the USB cable: no goodbye bytes, no close. */
export async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}
