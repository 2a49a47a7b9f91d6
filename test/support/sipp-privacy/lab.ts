// The privacy-number lab: the binding server (real process, SQLite), Kamailio with
// deploy/kamailio/privacy/kamailio.cfg, and sipp phones on UDP, all on loopback in a namespace.
import { spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { spawnDaemon, waitForTcp, type Daemon } from '../sip/daemon';
import { binaries } from '../sip/environment';

const here = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const privacyKamailioConfig = join(repoRoot, 'deploy/kamailio/privacy/kamailio.cfg');
const modulesDir = '/usr/lib/x86_64-linux-gnu/kamailio/modules';
const requiredModules = { 'http_client.so': 'kamailio-utils-modules', 'json.so': 'kamailio-json-modules' };

export const BINDING_PORT = 8787;
export const ORIGINATOR_PORT = 5090;

export function privacyLabSkipReason(): string | undefined {
  const interfaces = Object.keys(networkInterfaces());
  if (interfaces.length !== 1 || interfaces[0] !== 'lo') {
    return `privacy SIP lab skipped: not in a loopback-only network namespace (interfaces: ${interfaces.join(', ') || 'none'}). ` +
      "Run: unshare -n bash -c 'ip link set lo up && npx vitest run test/integration/deploy/kamailio/privacy'";
  }
  const missing = (['kamailio', 'sipp'] as const).filter((b) => !existsSync(binaries[b]));
  if (missing.length > 0) return `privacy SIP lab skipped: missing ${missing.join(', ')} (apt-get install kamailio sip-tester)`;
  const modules = Object.entries(requiredModules).filter(([m]) => !existsSync(join(modulesDir, m)));
  if (modules.length > 0) return `privacy SIP lab skipped: missing Kamailio modules ${modules.map(([m, pkg]) => `${m} (apt-get install ${pkg})`).join(', ')}`;
  return undefined;
}

/** `server/main.ts` on 127.0.0.1:8787 over an already prepared SQLite file. */
export async function startBindingServer(env: { DATABASE_URL: string; DATA_DIR: string; BINDING_MASTER_KEY: string; SWITCH_TOKEN: string }): Promise<Daemon> {
  const vars = { ...env, HOST: '127.0.0.1', PORT: String(BINDING_PORT), LOG_LEVEL: 'warn' };
  // env(1) hands the configuration over, since spawnDaemon passes no environment of its own
  const server = spawnDaemon('binding-server', '/usr/bin/env', [
    ...Object.entries(vars).map(([k, v]) => `${k}=${v}`), process.execPath, '--import', 'tsx', join(repoRoot, 'server/main.ts'),
  ]);
  try {
    await waitForTcp(BINDING_PORT, 30_000);
  } catch (error) {
    await server.stop();
    throw new Error(`binding server did not start: ${String(error)}\n${server.output()}`, { cause: error });
  }
  return server;
}

export async function startPrivacyKamailio(token: string): Promise<Daemon> {
  const runDir = mkdtempSync(join(tmpdir(), 'dialdeck-privacy-kamailio-'));
  // the binding server's connection file, as the README tells an installer to write it
  const httpcon = join(runDir, 'dialdeck-binding.ini');
  writeFileSync(httpcon, bindingHttpcon(`http://127.0.0.1:${BINDING_PORT}`, token), { mode: 0o600 });
  const child = spawnDaemon('kamailio', binaries.kamailio, [
    '-f', privacyKamailioConfig, '-Y', runDir, '-DD', '-E', '-m', '64', '-M', '8',
    '-A', `BINDING_HTTPCON="${httpcon}"`, '-A', `ORIGINATOR_PORT=${ORIGINATOR_PORT}`,
  ]);
  const daemon: Daemon = { ...child, stop: async () => { await child.stop(); rmSync(runDir, { recursive: true, force: true }); } };
  try {
    await waitForSipAnswer(5060);
  } catch (error) {
    await daemon.stop();
    throw new Error(`kamailio did not start: ${String(error)}\n${daemon.output()}`, { cause: error });
  }
  return daemon;
}

/** deploy/kamailio/privacy/README.md's connection file: where the binding server is and the switch token. */
export const bindingHttpcon = (url: string, token: string): string =>
  ['[binding]', `url = ${url}`, 'username = switch', `password = ${token}`, 'timeout = 2', ''].join('\n');

/**
 * The TCP connections ever opened to the binding server's port that are still known to the kernel (open,
 * or closed in TIME_WAIT), by the client's port: in a fresh network namespace only this lab's.
 */
export function bindingClientPorts(): number[] {
  const port = BINDING_PORT.toString(16).toUpperCase().padStart(4, '0');
  const ports = new Set<number>();
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(file)) continue;
    for (const row of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const [, local, remote] = row.trim().split(/\s+/);
      if (remote?.endsWith(`:${port}`) && local) ports.add(Number.parseInt(local.split(':')[1]!, 16));
    }
  }
  return [...ports];
}

/** Kamailio here listens on UDP only: it is up once an OPTIONS gets any reply. */
async function waitForSipAnswer(port: number, timeoutMs = 5000): Promise<void> {
  const socket = createSocket('udp4');
  const answered = new Promise<void>((resolve) => socket.once('message', () => resolve()));
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', () => resolve()));
  const { port: local } = socket.address();
  const options = [
    `OPTIONS sip:127.0.0.1:${port} SIP/2.0`, `Via: SIP/2.0/UDP 127.0.0.1:${local};branch=z9hG4bK-probe${Date.now()}`,
    'From: <sip:probe@127.0.0.1>;tag=probe', `To: <sip:127.0.0.1:${port}>`, `Call-ID: probe-${Date.now()}@127.0.0.1`,
    'CSeq: 1 OPTIONS', 'Max-Forwards: 70', 'Content-Length: 0', '', '',
  ].join('\r\n');
  const deadline = Date.now() + timeoutMs;
  try {
    let up = false;
    void answered.then(() => (up = true));
    while (!up) {
      if (Date.now() > deadline) throw new Error(`no SIP answer on 127.0.0.1:${port} after ${timeoutMs} ms`);
      socket.send(options, port, '127.0.0.1');
      await sleep(50);
    }
  } finally {
    socket.close();
  }
}

export interface SippResult { code: number | null; output: string }

function sipp(scenario: string, args: readonly string[]): { done: Promise<SippResult>; kill: () => void } {
  const child = spawn(binaries.sipp, ['-sf', here(scenario), '127.0.0.1:5060', '-i', '127.0.0.1', ...args, '-m', '1', '-nostdin', '-timeout', '15s', '-timeout_error'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const done = new Promise<SippResult>((resolve) => child.once('exit', (code) => resolve({ code, output })));
  return { done, kill: () => child.exitCode === null && child.kill('SIGKILL') };
}

/** A phone for `number` on 127.0.0.1:`port`: registers, then answers one call and records what it received. */
export async function phone(number: string, port: number): Promise<{ done: Promise<SippResult>; kill: () => void; receivedInvite: () => ReceivedInvite | null }> {
  const reg = await sipp('register.xml', ['-s', number, '-p', String(port)]).done;
  if (reg.code !== 0) throw new Error(`phone ${number} could not register (sipp exit ${reg.code}):\n${reg.output}`);
  const dir = mkdtempSync(join(tmpdir(), 'dialdeck-phone-'));
  const messages = join(dir, 'messages.log');
  const run = sipp('answer.xml', ['-p', String(port), '-trace_msg', '-message_file', messages]);
  return {
    done: run.done.finally(() => undefined),
    kill: () => { run.kill(); rmSync(dir, { recursive: true, force: true }); },
    receivedInvite: () => (existsSync(messages) ? parseReceivedInvite(readFileSync(messages, 'utf8')) : null),
  };
}

/** Dials `to` presenting `from`, from 127.0.0.1:`port`; hangs up after a short talk. */
export function call(from: string, to: string, port: number): Promise<SippResult> {
  return sipp('call.xml', ['-s', to, '-key', 'from', from, '-p', String(port)]).done;
}

export interface ReceivedInvite {
  requestUri: string;
  fromUser: string;
  assertedUser: string | null;
  text: string;
}

const sipUser = (header: string | undefined) => (header ? /sip:([^@;>]+)@/.exec(header)?.[1] ?? null : null);

/** The first INVITE in a sipp -trace_msg log, as the phone received it. */
export function parseReceivedInvite(log: string): ReceivedInvite | null {
  const block = log.split(/-{10,}.*\n/).find((b) => /message received/.test(b) && /^INVITE /m.test(b));
  if (!block) return null;
  const text = block.slice(block.search(/^INVITE /m));
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'mi').exec(text)?.[1];
  return {
    requestUri: /^INVITE (\S+)/.exec(text)![1]!,
    fromUser: sipUser(header('From')) ?? '',
    assertedUser: sipUser(header('P-Asserted-Identity')),
    text,
  };
}
