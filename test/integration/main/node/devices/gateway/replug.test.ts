import { afterAll, describe, expect, it } from 'vitest';
import type { GatewayEvent } from '../../../../../../common/at/events';
import { GatewayService, type GatewayLine } from '../../../../../../main/node/devices/gateway/gateway-service';
import type { PortCandidate } from '../../../../../../main/node/devices/gateway/port-discovery';
import { kill, socatMissing, startModemSim, startPtyPair, type PtyPair, type RunningSim } from '../../../../../support/modem-sim/launch';
import { eventOf, waitFor } from './harness';

if (socatMissing) console.warn(`skipping gateway PTY tests: ${socatMissing}`);

const IMEI = '861234567890123';

describe.skipIf(socatMissing !== null)('GSM gateway over a socat PTY with a killable modem simulator', () => {
  let ports: PortCandidate[] = [];
  const service = new GatewayService({ listPorts: async () => ports, pollMs: 200, heartbeatMs: 300 });
  const started: Array<PtyPair | RunningSim> = [];

  async function plugIn(): Promise<{ pair: PtyPair; sim: RunningSim }> {
    const pair = await startPtyPair();
    const sim = await startModemSim(pair.device, IMEI, 'simcom');
    started.push(pair, sim);
    ports = [{ path: pair.host }];
    return { pair, sim };
  }

  afterAll(async () => {
    await service.stop();
    for (const p of started) await kill(p.process);
  });

  it('comes online, takes a call, loses it on unplug and is found again under a new port name within 3 s', async () => {
    const first = await plugIn();
    const online = waitFor<GatewayLine>(service, 'line', (l) => l.state === 'online');
    service.start();
    const line = await online;
    expect(line).toMatchObject({ id: `gsm:${IMEI}`, kind: 'gsm', port: first.pair.host, signalDbm: -75, operator: 'SimNet' });

    const incoming = waitFor<{ event: GatewayEvent }>(service, 'event', eventOf('incoming'));
    first.sim.send('ring +15551230000');
    expect((await incoming).event).toMatchObject({ number: '+15551230000' });

    const answered = waitFor<{ event: GatewayEvent }>(service, 'event', eventOf('answered'));
    await service.answer(line.id);
    await answered;

    // Unplug: kill the far end hard; the port list still shows the old name, so only I/O errors or the heartbeat can tell.
    const hangup = waitFor<{ event: GatewayEvent }>(service, 'event', eventOf('hangup'));
    const offline = waitFor<GatewayLine>(service, 'line', (l) => l.state === 'offline');
    await kill(first.sim.process);
    await kill(first.pair.process);
    expect((await hangup).event).toMatchObject({ cause: 'device lost', answered: true });
    expect(await offline).toMatchObject({ id: line.id });
    expect(service.lines()).toEqual([expect.objectContaining({ id: line.id, state: 'offline' })]);
    await expect(service.dial(line.id, '123')).rejects.toThrow(/offline/);

    // Hold the freed pts numbers so the replugged modem really appears under a new name.
    const placeholder = await startPtyPair();
    started.push(placeholder);
    const back = waitFor<GatewayLine>(service, 'line', (l) => l.state === 'online');
    const second = await plugIn();
    const replugAt = Date.now(); // the port is listed from now on
    const again = await back;
    const elapsed = Date.now() - replugAt;
    console.log(`gateway back online ${elapsed} ms after replug (new port ${second.pair.host})`);
    expect(again).toMatchObject({ id: line.id, port: second.pair.host });
    expect(second.pair.host).not.toBe(first.pair.host);
    expect(elapsed).toBeLessThan(3_000);
  });

  it('refuses an unsafe dial string without writing it', async () => {
    const [line] = service.lines().filter((l) => l.state === 'online');
    expect(line).toBeDefined();
    await expect(service.dial(line!.id, '123;+CFUN=0')).rejects.toThrow(/only digits/);
  });
});
