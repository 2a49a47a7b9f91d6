import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { socatMissing } from '../../../../../support/modem-sim/launch';
import { FIXTURE_DIR, simulatedGateways, waitForEvent } from './harness';

describe.skipIf(socatMissing !== null)('fixtures served by the modem simulator over socat PTYs', () => {
  const gateway = simulatedGateways();

  // The fixtures start with their own caller-ID setup (AT#CID=1 / AT#CID=2); the driver configured the
  // modem its own way, so the simulator skips that exchange and plays the rings.
  it.each([
    ['formatted caller ID (USR)', 'fxo-usr-formatted-caller-id.json', { number: '8475550001', name: 'U.S.ROBOTICS', date: '1015', time: '2038' }],
    ['raw SDMF caller ID (Rockwell)', 'fxo-rockwell-unformatted-sdmf.json', { number: '9145512345', date: '0322', time: '2405' }],
  ])('FXO %s reaches the GatewayService as an incoming call with the number', async (_name, fixture, expected) => {
    const { service, sim, line, events } = await gateway('fxo', '', {});
    expect(line).toMatchObject({ kind: 'fxo', state: 'online' });
    const incoming = waitForEvent(service, 'incoming');
    await sim.play(join(FIXTURE_DIR, fixture), '--skip-setup', '--speed', '3');
    expect(await incoming).toMatchObject(expected);
    expect(events.map((e) => e.type).filter((t) => t === 'ringing' || t === 'incoming')).toEqual(['ringing', 'incoming']);
  });

  it('a Huawei outgoing call: the driver dials, the fixture answers with ^ORIG/^CONF/^CONN/^CEND', async () => {
    const { service, sim, line, events } = await gateway('huawei', '861234567890124');
    await sim.play(join(FIXTURE_DIR, 'huawei-k3715-outgoing-answered-remote-hangup.json'), '--speed', '4');
    const hangup = waitForEvent(service, 'hangup');
    await service.dial(line.id, '0123456789');
    expect(await hangup).toMatchObject({ callId: 1, durationSec: 5, ccCause: 16, answered: true });
    expect(events.filter((e) => ['dialing', 'alerting', 'answered'].includes(e.type))).toEqual([
      { type: 'dialing', callId: 1 },
      { type: 'alerting', callId: 1 },
      { type: 'answered', callId: 1 },
    ]);
  });
});
