import { describe, expect, it } from 'vitest';
import type { GatewayLine } from '../../../../../../main/node/devices/gateway/gateway-service';
import { RESTART_SETTLE_MS } from '../../../../../../common/at/restart-debounce';
import { socatMissing } from '../../../../../support/modem-sim/launch';
import { HUAWEI_BOOT } from '../../../../../support/modem-sim/profiles';
import { simulatedGateways, waitFor, waitForEvent } from './harness';

/** State changes only: signal/operator updates during re-initialisation repeat the current state. */
const stateChanges = (lines: GatewayLine[]) => lines.map((l) => l.state).filter((state, i, all) => state !== all[i - 1]);

describe.skipIf(socatMissing !== null)('a module that reboots keeps its line', () => {
  const gateway = simulatedGateways();

  it.each([
    ['SIMCom RDY / +CPIN: READY / SMS DONE', 'simcom', '861234567890201'],
    ['Huawei ^BOOT with echo back on', 'huawei', '861234567890202'],
  ])('%s: initialising, then online again on the same port, never offline', async (_name, family, imei) => {
    const { service, sim, line } = await gateway(family, imei);
    const seen: GatewayLine[] = [];
    service.on('line', (l) => void seen.push(l));
    const answered = waitForEvent(service, 'answered');
    sim.send('ring +15551230000');
    await waitForEvent(service, 'incoming');
    await service.answer(line.id);
    await answered;

    const hangup = waitForEvent(service, 'hangup');
    const back = waitFor<GatewayLine>(service, 'line', (l) => l.state === 'online', 5_000);
    sim.send('reboot');
    expect(await hangup).toMatchObject({ cause: 'module restarted' });
    expect(await back).toMatchObject({ id: line.id, port: line.port, imei });
    expect(stateChanges(seen)).toEqual(['initialising', 'online']);
    // The line works again: the re-initialised module answers commands (echo off again).
    await expect(service.sendDtmf(line.id, '5')).resolves.toBeUndefined();
  });

  it('Huawei periodic ^BOOT (echo still off) is a keep-alive: the line stays online, untouched', async () => {
    const { service, sim } = await gateway('huawei', '861234567890203');
    const seen: GatewayLine[] = [];
    service.on('line', (l) => void seen.push(l));
    for (let i = 0; i < 3; i++) sim.send(`write ${JSON.stringify(HUAWEI_BOOT)}`);
    await new Promise((r) => setTimeout(r, RESTART_SETTLE_MS + 1_000));
    expect(seen).toEqual([]);
  });
});
