// Customers for campaign tests and bench:dialer: one sipp process on 127.0.0.1:5072 behind the loopback
// Kamailio (deploy/kamailio/dialdeck routes +86 138 0000 00xx there); the number's last digit picks how
// the "customer" behaves, so one farm serves a whole shift of answers, busies and unanswered calls.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { binaries } from '../sip/environment';

export type CalleeBehaviour = 'answer' | 'busy' | 'noAnswer' | 'answerThenHangUp' | 'unknown';

const lastDigit: Record<CalleeBehaviour, number> = { answer: 1, busy: 2, noAnswer: 3, answerThenHangUp: 4, unknown: 5 };

/** A valid Chinese mobile in E.164 the farm answers with `behaviour`; `index` (0–9) tells customers apart. */
export function calleeNumber(behaviour: CalleeBehaviour, index = 0): string {
  if (!Number.isInteger(index) || index < 0 || index > 9) throw new RangeError('index is 0–9');
  return `+86138000000${index}${lastDigit[behaviour]}`;
}

export interface CalleeFarm {
  /** INVITEs the farm has received so far, in order (the dialled number as sent). */
  invites(): string[];
  output(): string;
  stop(): Promise<void>;
}

export async function startCalleeFarm(): Promise<CalleeFarm> {
  const scenario = fileURLToPath(new URL('./callee-farm.xml', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'dialdeck-callees-'));
  const messages = join(dir, 'messages.log');
  const child = spawn(
    binaries.sipp,
    ['-sf', scenario, '-i', '127.0.0.1', '-p', '5072', '-mi', '127.0.0.1', '-mp', '30400', '-rtp_echo', '-nostdin', '-trace_msg', '-message_file', messages],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise((resolve) => setTimeout(resolve, 300));
  if (child.exitCode !== null && child.exitCode !== 0) throw new Error(`callee farm did not start: ${output}`);
  return {
    invites: () => (existsSync(messages) ? [...readFileSync(messages, 'utf8').matchAll(/^INVITE sip:([^@\s]+)@/gm)].map((m) => m[1]!) : []),
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGKILL');
        await new Promise((resolve) => child.once('exit', resolve));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
