// sipp as a plain SIP/UDP phone behind Kamailio (its user "sipp" routes to 127.0.0.1:5070).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { binaries } from './environment';

const scenario = (name: string): string => fileURLToPath(new URL(`./${name}`, import.meta.url));

export interface SippRun {
  /** Resolves with sipp's exit code (0 = every call succeeded) and its output. */
  readonly done: Promise<{ code: number | null; output: string }>;
  readonly kill: () => void;
}

function run(args: readonly string[]): SippRun {
  const child = spawn(binaries.sipp, [...args, '-nostdin', '-timeout', '30s', '-timeout_error'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<{ code: number | null; output: string }>((resolve) => child.once('exit', (code) => resolve({ code, output })));
  return { done, kill: () => child.exitCode === null && child.kill('SIGKILL') };
}

/** Answers `calls` calls on 127.0.0.1:5070 and echoes the caller's RTP back. */
export function sippAnswerer(calls = 1): SippRun {
  return run(['-sf', scenario('uas-rr.xml'), '-i', '127.0.0.1', '-p', '5070', '-mi', '127.0.0.1', '-mp', '30200', '-rtp_echo', '-m', String(calls)]);
}

/** Rings then answers 486 to `calls` calls on 127.0.0.1:5070 (benchmark baseline far end). */
export function sippRingBusy(calls: number): SippRun {
  return run(['-sf', scenario('uas-ring-busy.xml'), '-i', '127.0.0.1', '-p', '5070', '-m', String(calls)]);
}

/** Calls `user` through Kamailio, holds for `holdMs`, hangs up. */
export function sippCaller(user: string, options: { holdMs: number; calls?: number; rate?: number; extraArgs?: readonly string[] }): SippRun {
  return run([
    '-sf', scenario('uac-rr.xml'), '127.0.0.1:5060', '-s', user, '-i', '127.0.0.1', '-p', '5080',
    '-mi', '127.0.0.1', '-mp', '30300', '-rtp_echo', '-d', String(options.holdMs),
    '-m', String(options.calls ?? 1), '-r', String(options.rate ?? 1), ...(options.extraArgs ?? []),
  ]);
}
