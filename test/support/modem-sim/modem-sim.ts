/**
 * A modem simulator for the far end of a socat PTY pair, run as a child process so tests can really kill
 * it. Usage: modem-sim.ts PTY_PATH IMEI FAMILY. stdin commands: `ring <number>`, `hangup`.
 */
import { createInterface } from 'node:readline';
import { SerialPort } from 'serialport';
import { SIM_PROFILES } from './profiles';

const [path, imei = '860000000000001', family = 'simcom'] = process.argv.slice(2);
if (!path) {
  console.error('usage: modem-sim.ts PTY_PATH [IMEI] [FAMILY]');
  process.exit(2);
}
const profile = SIM_PROFILES[family] ?? SIM_PROFILES.generic!;
const port = new SerialPort({ path, baudRate: 115200 });
const reply = (text: string): void => void port.write(text);
const ok = (...lines: string[]): void => reply(lines.map((l) => `\r\n${l}\r\n`).join('') + '\r\nOK\r\n');

let echo = true;
let ringing: NodeJS.Timeout | undefined;
let number = '';

const ANSWERS: Array<[RegExp, () => void]> = [
  [/^ATE0$/i, () => { echo = false; ok(); }],
  [/^AT\+CGMI$/i, () => ok(profile.manufacturer)],
  [/^AT\+CGMM$/i, () => ok(profile.model)],
  [/^AT\+CGMR$/i, () => ok('SIM-1.0')],
  [/^AT\+CGSN$/i, () => ok(imei)],
  [/^AT\+CPIN\?$/i, () => ok('+CPIN: READY')],
  [/^AT\+CSQ$/i, () => ok('+CSQ: 19,99')],
  [/^AT\+CREG\?$/i, () => ok('+CREG: 2,1,"4CA","81DE445"')],
  [/^AT\+COPS\?$/i, () => ok('+COPS: 0,0,"SimNet",7')],
  [/^AT\+CLCC$/i, () => ok(...(number ? [`+CLCC: 1,1,4,0,0,"${number}",129`] : []))],
  [/^ATA$/i, () => { clearInterval(ringing); ok(); reply(profile.answered); }],
  [/^ATD[0-9*#+,]+;$/i, () => ok()],
  [/^AT(\+CHUP|H)$/i, () => { clearInterval(ringing); number = ''; ok(); }],
  [/^AT/i, () => ok()],
];

let buffer = '';
port.on('data', (chunk: Buffer) => {
  buffer += chunk.toString('latin1');
  let cr: number;
  while ((cr = buffer.indexOf('\r')) >= 0) {
    const command = buffer.slice(0, cr).trim();
    buffer = buffer.slice(cr + 1);
    if (!command) continue;
    if (echo) reply(`${command}\r`);
    const answer = ANSWERS.find(([pattern]) => pattern.test(command));
    if (answer) answer[1]();
    else reply('\r\nERROR\r\n');
  }
});

createInterface({ input: process.stdin }).on('line', (line) => {
  const [cmd, arg] = line.trim().split(/\s+/);
  if (cmd === 'ring') {
    number = arg ?? '';
    const ring = (): void => reply(`${profile.ring}\r\n+CLIP: "${number}",129,"",0,"",0\r\n`);
    ring();
    ringing = setInterval(ring, 2000);
  } else if (cmd === 'hangup') {
    clearInterval(ringing);
    number = '';
    reply('\r\nNO CARRIER\r\n');
  }
});
port.on('open', () => process.stdout.write('ready\n'));
