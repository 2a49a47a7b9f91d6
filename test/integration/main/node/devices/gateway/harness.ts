import { afterAll } from 'vitest';
import type { GatewayEvent } from '../../../../../../common/at/events';
import { GatewayService, type GatewayLine, type GatewayServiceOptions } from '../../../../../../main/node/devices/gateway/gateway-service';
import type { PortCandidate } from '../../../../../../main/node/devices/gateway/port-discovery';
import { kill, startModemSim, startPtyPair, type PtyPair, type RunningSim, type SimOptions } from '../../../../../support/modem-sim/launch';

export { AT_FIXTURE_DIR as FIXTURE_DIR } from '../../../../../support/fixture-dirs';

export function waitFor<T>(service: GatewayService, kind: 'line' | 'event', predicate: (value: T) => boolean, timeoutMs = 5_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${kind}`)), timeoutMs);
    const listener = (value: T): void => {
      if (!predicate(value)) return;
      clearTimeout(timer);
      service.off(kind, listener as never);
      resolve(value);
    };
    service.on(kind, listener as never);
  });
}

export const eventOf = (type: GatewayEvent['type']) => (e: { event: GatewayEvent }) => e.event.type === type;

export const waitForEvent = (service: GatewayService, type: GatewayEvent['type'], timeoutMs?: number): Promise<GatewayEvent> =>
  waitFor<{ event: GatewayEvent }>(service, 'event', eventOf(type), timeoutMs).then((e) => e.event);

export interface SimulatedGateway {
  service: GatewayService;
  pair: PtyPair;
  sim: RunningSim;
  line: GatewayLine;
  /** Every event the service reported, in order. */
  events: GatewayEvent[];
}

/**
 * A GatewayService watching one socat PTY whose far end is a modem simulator of the given family, already
 * online. Everything started is stopped and killed after the file's tests.
 */
export function simulatedGateways(): (family: string, imei: string, options?: GatewayServiceOptions, simOptions?: SimOptions) => Promise<SimulatedGateway> {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });
  return async (family, imei, options = {}, simOptions = {}) => {
    const pair = await startPtyPair();
    cleanups.push(() => kill(pair.process));
    const sim = await startModemSim(pair.device, imei, family, simOptions);
    cleanups.push(() => kill(sim.process));
    const ports: PortCandidate[] = [{ path: pair.host }];
    const service = new GatewayService({ listPorts: async () => ports, pollMs: 200, heartbeatMs: 60_000, ...options });
    cleanups.push(() => service.stop());
    const events: GatewayEvent[] = [];
    service.on('event', ({ event }) => void events.push(event));
    const online = waitFor<GatewayLine>(service, 'line', (l) => l.state === 'online');
    service.start();
    return { service, pair, sim, line: await online, events };
  };
}
