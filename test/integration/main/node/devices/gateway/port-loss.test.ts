import { describe, expect, it } from 'vitest';
import type { GatewayLine } from '../../../../../../main/node/devices/gateway/gateway-service';
import { kill, socatMissing } from '../../../../../support/modem-sim/launch';
import { simulatedGateways, waitFor, waitForEvent } from './harness';

/**
 * Killing socat is an unplug the serialport cannot see on a pty (no `close`, no read error); the first
 * write afterwards fails with EIO, and that alone must take the line offline - not two missed heartbeats.
 */
describe.skipIf(socatMissing !== null)('a dead port is noticed at the first failing write', () => {
  const gateway = simulatedGateways();

  it.each([
    // [what writes next, heartbeat period, how soon after that write the line must be offline]
    ['an agent action (DTMF)', 60_000, 500],
    ['the next heartbeat', 400, 400 + 500],
  ])('%s', async (trigger, heartbeatMs, deadlineMs) => {
    const { service, sim, pair, line } = await gateway('simcom', `86123456789${heartbeatMs}`.slice(0, 15), { heartbeatMs });
    const answered = waitForEvent(service, 'answered');
    sim.send('ring +15551230000');
    await waitForEvent(service, 'incoming');
    await service.answer(line.id);
    await answered;

    const hangup = waitForEvent(service, 'hangup');
    const offline = waitFor<GatewayLine>(service, 'line', (l) => l.id === line.id && l.state === 'offline');
    const lost = new Promise<{ reason: string }>((resolve) => service.once('lost', resolve));
    await kill(pair.process);
    const killedAt = Date.now();
    if (trigger.startsWith('an agent')) await expect(service.sendDtmf(line.id, '1')).rejects.toThrow(/device lost/);

    await offline;
    expect(Date.now() - killedAt).toBeLessThan(deadlineMs);
    expect(await lost).toMatchObject({ lineId: line.id, reason: expect.stringMatching(/EIO|bad file descriptor|EBADF/i) });
    expect(await hangup).toMatchObject({ cause: 'device lost', answered: true, number: '+15551230000' });
  });
});
