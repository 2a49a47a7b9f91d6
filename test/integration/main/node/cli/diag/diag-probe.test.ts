import { afterAll, describe, expect, it } from 'vitest';
import { runGateway } from '../../../../../../main/node/cli/diag/diag-gateway';
import { kill, socatMissing, startModemSim, startPtyPair, type PtyPair, type RunningSim } from '../../../../../support/modem-sim/launch';

async function run(args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runGateway(args, (line) => void lines.push(line));
  return { code, lines };
}

describe.skipIf(socatMissing !== null)('diag gateway probe PORT against the simulator on a PTY', () => {
  const started: Array<PtyPair | RunningSim> = [];
  afterAll(async () => {
    for (const p of started.reverse()) await kill(p.process);
  });

  async function simulator(family: string, imei: string): Promise<{ pair: PtyPair; sim: RunningSim }> {
    const pair = await startPtyPair();
    started.push(pair);
    const sim = await startModemSim(pair.device, imei, family);
    started.push(sim);
    return { pair, sim };
  }

  it.each([
    [
      'a GSM module',
      'simcom',
      '861234567890301',
      { family: 'simcom', manufacturer: 'SIMCOM INCORPORATED', model: 'SIMCOM_SIM7600E-H', firmware: 'SIM-1.0', imei: '861234567890301', simStatus: 'READY', signalDbm: -75, registration: 'home', operator: 'SimNet' },
    ],
    [
      'an FXO modem (no SIM, IMEI or network: null)',
      'fxo',
      '',
      { family: 'fxo', manufacturer: 'U.S. Robotics', model: '56K FAX EXT', firmware: 'SIM-1.0', imei: null, simStatus: null, signalDbm: null, registration: null, operator: null },
    ],
  ])('%s: prints exactly one JSON object and configures nothing', async (_name, family, imei, expected) => {
    const { pair, sim } = await simulator(family, imei);
    const { code, lines } = await run(['probe', pair.host]);
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toEqual({ port: pair.host, ...expected });
    // Read-only: no URC/SMS/caller-ID configuration reached the module.
    expect(sim.written.filter((c) => /^AT(\+(CLIP|CNMI|CMGF|CRC|CCWA|CMEE)=|#CID|\+VCID)/i.test(c))).toEqual([]);
  });

  it.each<[string, string[], number, RegExp]>([
    ['a port that does not exist', ['probe', '/dev/pts/no-such-port'], 1, /^error: .*no-such-port/],
    ['an unknown family', ['probe', '/dev/pts/0', '--family', 'nokia'], 1, /^error: unknown family "nokia"/],
    ['a baud rate that is not a number', ['probe', '/dev/pts/0', '--baud', 'fast'], 1, /^error: --baud must be a positive whole number/],
    ['no port at all', ['probe'], 2, /^usage: diag gateway list/],
  ])('%s: a clear message and a failing exit code', async (_name, args, exitCode, message) => {
    const { code, lines } = await run(args);
    expect(code).toBe(exitCode);
    expect(lines[0]).toMatch(message);
  });
});
