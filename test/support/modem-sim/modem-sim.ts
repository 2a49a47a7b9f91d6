/**
 * A modem simulator for the far end of a socat PTY pair, run as a child process so tests can really kill
 * it. Usage: modem-sim.ts PTY_PATH IMEI FAMILY [novoice] (novoice: firmware without voice). stdin commands, one per line:
 *   ring <number>                      ring every 2 s with +CLIP until answered or `hangup`
 *   hangup                             the remote party hangs up (NO CARRIER)
 *   play <fixture.json> [--skip-setup] [--speed N]
 *                                      serve a fixture: its rx side answers the driver's tx (fixture-player.ts)
 *   reboot                             lose every setting (echo back on, call gone) and print the boot URCs
 *   write <JSON string>                write raw bytes, e.g. write "\r\n^BOOT:...\r\n"
 * It prints `ready` once the port is open, `playing` once a fixture is loaded, `played` when it has been
 * served to the end, and {"written":"<text>"} for every command or payload the driver wrote.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { SerialPort } from 'serialport';
import { parseTranscript } from '../../../common/at/transcript';
import { answer, SMS_ACCEPTED, type SimState } from './answers';
import { FixturePlayer, TX_TERMINATORS } from './fixture-player';
import { SIM_PROFILES } from './profiles';

const [path, imei = '860000000000001', family = 'simcom', voiceFlag = ''] = process.argv.slice(2);
if (!path) {
  console.error('usage: modem-sim.ts PTY_PATH [IMEI] [FAMILY] [novoice]');
  process.exit(2);
}
const profile = SIM_PROFILES[family] ?? SIM_PROFILES.generic!;
const port = new SerialPort({ path, baudRate: 115200 });
const reply = (text: string): void => void port.write(Buffer.from(text, 'latin1'));
const state: SimState = { imei, echo: true, number: '', voice: voiceFlag !== 'novoice' };
let ringing: NodeJS.Timeout | undefined;
let player: FixturePlayer | null = null;

function onWritten(text: string, terminator: string): void {
  process.stdout.write(`${JSON.stringify({ written: text })}\n`);
  if (player?.onCommand(text)) {
    if (player.done) process.stdout.write('played\n');
    return;
  }
  if (terminator === '\x1a') return reply(SMS_ACCEPTED);
  if (/^AT(A|\+CHUP|H0?)$/i.test(text)) clearInterval(ringing);
  reply(answer(text, state, profile));
}

let buffer = '';
port.on('data', (chunk: Buffer) => {
  buffer += chunk.toString('latin1');
  for (;;) {
    const end = [...buffer].findIndex((ch) => TX_TERMINATORS.includes(ch));
    if (end < 0) return;
    const text = buffer.slice(0, end).trim();
    const terminator = buffer.charAt(end);
    buffer = buffer.slice(end + 1);
    if (text) onWritten(text, terminator);
  }
});

function play(args: string[]): void {
  const [file = ''] = args;
  const speedAt = args.indexOf('--speed');
  player?.stop();
  player = new FixturePlayer(parseTranscript(readFileSync(file, 'utf8')), reply, {
    skipSetup: args.includes('--skip-setup'),
    speed: speedAt >= 0 ? Number(args[speedAt + 1]) : 1,
  });
  player.start();
  process.stdout.write('playing\n');
}

createInterface({ input: process.stdin }).on('line', (line) => {
  const [cmd = '', ...args] = line.trim().split(/\s+/);
  if (cmd === 'ring') {
    state.number = args[0] ?? '';
    const ring = (): void => reply(`${profile.ring}\r\n+CLIP: "${state.number}",129,"",0,"",0\r\n`);
    ring();
    ringing = setInterval(ring, 2000);
  } else if (cmd === 'hangup') {
    clearInterval(ringing);
    state.number = '';
    reply('\r\nNO CARRIER\r\n');
  } else if (cmd === 'play') {
    play(args);
  } else if (cmd === 'reboot') {
    clearInterval(ringing);
    Object.assign(state, { echo: true, number: '' });
    reply(profile.boot);
  } else if (cmd === 'write') {
    reply(JSON.parse(line.trim().slice('write'.length)) as string);
  }
});
port.on('open', () => process.stdout.write('ready\n'));
