// The devices host end to end over real socat PTYs with a modem simulator behind them: one serial-port
// listing per poll round feeds both the setup screens' list and the gateway service, and the probe policy
// decides which ports ever see an AT command. Ports are listed through the host's lister seam, so a PTY can
// be made to look like a USB modem (or like an unknown adapter) without hardware.
import { afterEach, describe, expect, it } from 'vitest';
import { PCM_8K } from '../../../../../../common/devices/audio-ports';
import { portKey, type ListedPort } from '../../../../../../common/devices/probe-policy';
import type { FromDevices, SerialPortInfo } from '../../../../../../common/devices/host-protocol';
import { GatewayService } from '../../../../../../main/node/devices/gateway/gateway-service';
import { startDevicesHost } from '../../../../../../main/node/devices/host/devices-host';
import { kill, socatMissing, startModemSim, startPtyPair, type PtyPair, type RunningSim } from '../../../../../support/modem-sim/launch';
import { waitFor } from '../../../../../support/wait-for';
import { hidFixture } from '../../../../../support/fixture-dirs';
import { ch340, SOCKET_A, SOCKET_B } from '../../../../../support/devices/usb-serial-listings';
import { simcom7600 } from '../../../../../support/devices/voice-modem-listings';

if (socatMissing) console.warn(`skipping devices-host PTY policy tests: ${socatMissing}`);

const HEADSET_FIXTURE = hidFixture('jabra-evolve-link-ms.json');
const none = { enabledPorts: [], disabledPorts: [] };

interface Host {
  messages: FromDevices[];
  listCalls: () => number;
  gatewayOwnLists: () => number;
  offers: () => number;
  host: ReturnType<typeof startDevicesHost>;
  /** the port list as last sent to main */
  ports: () => SerialPortInfo[] | undefined;
  lineState: (id: string) => string | undefined;
}

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

function startHost(list: () => ListedPort[]): Host {
  const messages: FromDevices[] = [];
  let listCalls = 0;
  let gatewayOwnLists = 0;
  let offers = 0;
  // the gateway service must never list on its own inside the host: its lister only counts
  const gateways = new GatewayService({ heartbeatMs: 60_000, listPorts: async () => (gatewayOwnLists++, []) });
  const offer = gateways.offer.bind(gateways);
  gateways.offer = (ports) => (offers++, offer(ports));
  const host = startDevicesHost({
    send: (m) => void messages.push(m),
    virtualHeadsetFixture: HEADSET_FIXTURE,
    gatewayService: gateways,
    pollMs: 50,
    listPorts: async () => (listCalls++, list()),
  });
  stops.push(() => host.stop());
  const last = <T extends FromDevices['type']>(type: T) => messages.filter((m): m is Extract<FromDevices, { type: T }> => m.type === type).at(-1);
  return {
    messages,
    host,
    listCalls: () => listCalls,
    gatewayOwnLists: () => gatewayOwnLists,
    offers: () => offers,
    ports: () => last('serialPorts')?.ports,
    lineState: (id) => last('gateway:lines')?.lines.find((l) => l.id === id)?.state,
  };
}

/** Lets `rounds` more listings happen. */
const rounds = async (h: Host, count: number) => {
  const target = h.listCalls() + count;
  await waitFor(() => h.listCalls() >= target, 10_000, `${count} poll rounds`);
};

async function plugSim(imei: string): Promise<{ pair: PtyPair; sim: RunningSim }> {
  const pair = await startPtyPair();
  stops.push(() => kill(pair.process));
  const sim = await startModemSim(pair.device, imei, 'simcom');
  stops.push(() => kill(sim.process));
  return { pair, sim };
}

describe('one serial-port listing per poll round', () => {
  it('lists once per round and hands that one list to the port list and to the gateway service', async () => {
    let n = 0;
    // a different list every round, so every round's list shows up as its own serialPorts message
    const h = startHost(() => [{ path: `/dev/ttyFAKE${n++}` }]);
    h.host.handle({ type: 'gateway:probePolicy', policy: none });
    await rounds(h, 8);
    await h.host.stop();
    const lists = h.listCalls();
    const sent = h.messages.filter((m) => m.type === 'serialPorts').length;
    expect(lists).toBeGreaterThanOrEqual(8);
    expect(sent).toBe(lists); // every listing reached the port list ...
    expect(h.offers()).toBeGreaterThanOrEqual(lists - 1); // ... and the gateway (all but rounds before the policy arrived)
    expect(h.offers()).toBeLessThanOrEqual(lists + 1); // (+1: the policy arriving re-decides on the last list without listing)
    expect(h.gatewayOwnLists()).toBe(0);
  });
});

describe.skipIf(socatMissing !== null)('probe policy in the devices host (socat PTY + modem simulator)', () => {
  it('leaves an unknown port alone until the installer enables it, and lets go of it once disabled', async () => {
    const { pair, sim } = await plugSim('861234567890301');
    const h = startHost(() => [{ path: pair.host }]); // no USB ids: could be a scale or a console
    h.host.handle({ type: 'gateway:probePolicy', policy: none });
    await waitFor(() => h.ports()?.[0]?.probe === 'notProbed', 5_000, 'the port listed as not probed');
    expect(h.ports()).toEqual([{ path: pair.host, key: pair.host, probe: 'notProbed' }]);
    await rounds(h, 10);
    expect(sim.written).toEqual([]); // not one byte

    h.host.handle({ type: 'gateway:probePolicy', policy: { enabledPorts: [pair.host], disabledPorts: [] } });
    await waitFor(() => h.lineState('gsm:861234567890301') === 'online', 10_000, 'the enabled port online');
    expect(h.ports()?.[0]?.probe).toBe('enabled');
    await waitFor(() => h.ports()?.[0]?.answer === 'modem', 5_000, 'the port listed as answered by a modem');
    expect(sim.written).toContain('ATE0');

    h.host.handle({ type: 'gateway:probePolicy', policy: { enabledPorts: [pair.host], disabledPorts: [pair.host] } });
    await waitFor(() => h.lineState('gsm:861234567890301') === 'offline', 5_000, 'the disabled port offline');
    expect(h.ports()?.[0]?.probe).toBe('disabled');
    expect(h.ports()?.[0]?.answer).toBeUndefined(); // a port never opened has no answer to show
    const written = sim.written.length;
    await rounds(h, 10);
    expect(sim.written.length).toBe(written);
  });

  it('probes a port with a modem maker’s USB ids on its own, but not before the policy is known', async () => {
    const { pair, sim } = await plugSim('861234567890302');
    const modem: ListedPort = { path: pair.host, vendorId: '1e0e', productId: '9001', serialNumber: 'SIM1', pnpId: 'usb-SimTech_SIM7600-if02-port0' };
    const h = startHost(() => [modem]);
    await rounds(h, 6);
    expect(h.ports()).toEqual([{ path: pair.host, vendorId: '1e0e', productId: '9001', key: 'usb:1e0e:9001:SIM1:02', probe: 'modem', maker: 'SIMCom', voice: { family: 'simcom', audio: 'missing', format: PCM_8K } }]);
    expect(sim.written).toEqual([]); // main has not said which ports are disabled yet

    h.host.handle({ type: 'gateway:probePolicy', policy: none });
    await waitFor(() => h.lineState('gsm:861234567890302') === 'online', 10_000, 'the modem online');
  });

  it('never opens a modem-looking port the installer disabled', async () => {
    const { pair, sim } = await plugSim('861234567890303');
    const modem: ListedPort = { path: pair.host, vendorId: '2c7c', productId: '0125', pnpId: 'usb-Quectel_EC25-if02-port0' };
    const h = startHost(() => [modem]);
    h.host.handle({ type: 'gateway:probePolicy', policy: { enabledPorts: [], disabledPorts: ['usb:2c7c:0125::02'] } });
    await rounds(h, 10);
    expect(h.ports()?.[0]?.probe).toBe('disabled');
    expect(sim.written).toEqual([]);
    expect(h.messages.some((m) => m.type === 'gateway:lines')).toBe(false);
  });
});

describe.skipIf(socatMissing !== null)('a voice modem’s audio port (socat PTYs listed as one SIM7600’s interfaces)', () => {
  it('lists the audio port as audio of its AT port and never writes to it, enabled or not, while the AT port comes online', async () => {
    const at = await plugSim('861234567890307');
    // a modem simulator behind the audio port too: were it probed, it would answer and show up as a line
    const audio = await plugSim('861234567890308');
    const [, , atPort, , audioPort] = simcom7600(['/dev/ttyUSB0', '/dev/ttyUSB1', at.pair.host, '/dev/ttyUSB3', audio.pair.host]);
    const h = startHost(() => [atPort!, audioPort!]);
    h.host.handle({ type: 'gateway:probePolicy', policy: none });
    await waitFor(() => h.lineState('gsm:861234567890307') === 'online', 10_000, 'the AT port online');
    expect(h.ports()?.map((p) => [p.path, p.probe, p.audioOf])).toEqual([
      [at.pair.host, 'modem', undefined],
      [audio.pair.host, 'audio', at.pair.host],
    ]);
    expect(h.ports()?.[0]?.voice).toEqual({ family: 'simcom', audio: 'port', audioPort: audio.pair.host, format: PCM_8K });
    await rounds(h, 5);
    expect(audio.sim.written).toEqual([]);

    // the installer enables the audio port (or had it saved from before): ignored, and the list says so
    h.host.handle({ type: 'gateway:probePolicy', policy: { enabledPorts: [portKey(audioPort!)], disabledPorts: [] } });
    await waitFor(() => h.ports()?.[1]?.enableIgnored === true, 5_000, 'the ignored enable reported');
    expect(h.ports()?.[1]?.probe).toBe('audio');
    await rounds(h, 10);
    expect(audio.sim.written).toEqual([]);
    expect(h.lineState('gsm:861234567890308')).toBeUndefined();
    expect(h.lineState('gsm:861234567890307')).toBe('online');
  });
});

describe.skipIf(socatMissing !== null)('what a probed port answered (the setup screens say "no modem answered")', () => {
  it('a port with nothing behind it that answers AT is listed as probing, then no modem; a modem that appears there is then found', async () => {
    const pair = await startPtyPair(); // the far end of the PTY stays silent: a console cable, a modem that is off
    stops.push(() => kill(pair.process));
    const h = startHost(() => [{ path: pair.host }]);
    h.host.handle({ type: 'gateway:probePolicy', policy: { enabledPorts: [pair.host], disabledPorts: [] } });
    await waitFor(() => h.ports()?.[0]?.answer === 'probing', 5_000, 'the port listed as being probed');
    await waitFor(() => h.ports()?.[0]?.answer === 'noModem', 15_000, 'the port listed as no modem answered');
    expect(h.ports()?.[0]).toMatchObject({ path: pair.host, probe: 'enabled', answer: 'noModem' });
    expect(h.messages.some((m) => m.type === 'gateway:lines')).toBe(false);
    // re-asked now and then: it keeps saying "no modem" meanwhile instead of flickering back to "probing"
    const answers = new Set<string>();
    const seen = h.messages.length;
    await rounds(h, 15);
    for (const m of h.messages.slice(seen)) if (m.type === 'serialPorts') answers.add(m.ports[0]?.answer ?? '');
    expect([...answers].filter((a) => a !== 'noModem')).toEqual([]);

    // the modem is switched on: the next re-ask finds it and the port says so
    const sim = await startModemSim(pair.device, '861234567890306', 'simcom');
    stops.push(() => kill(sim.process));
    await waitFor(() => h.lineState('gsm:861234567890306') === 'online', 20_000, 'the modem found on the re-ask');
    await waitFor(() => h.ports()?.[0]?.answer === 'modem', 5_000, 'the port listed as answered by a modem');
  });
});

describe.skipIf(socatMissing !== null)('two identical serial-less adapters (socat PTYs listed as CH340 cables in two sockets)', () => {
  it('enabling one by its key probes that one only; the old shared key enabled neither', async () => {
    const first = await plugSim('861234567890304');
    const second = await plugSim('861234567890305');
    const h = startHost(() => [ch340(first.pair.host, SOCKET_A), ch340(second.pair.host, SOCKET_B)]);

    // a key saved before keys had a location names both cables: neither is probed, and the list says why
    h.host.handle({ type: 'gateway:probePolicy', policy: { enabledPorts: ['usb:1a86:7523::00'], disabledPorts: [] } });
    await waitFor(() => h.ports()?.[0]?.legacyKeyShared === true, 5_000, 'the shared old key reported');
    expect(h.ports()?.map((p) => [p.key, p.probe, p.legacyKeyShared])).toEqual([
      [`usb:1a86:7523::00@${SOCKET_A}`, 'notProbed', true],
      [`usb:1a86:7523::00@${SOCKET_B}`, 'notProbed', true],
    ]);
    await rounds(h, 10);
    expect([first.sim.written, second.sim.written]).toEqual([[], []]);

    h.host.handle({ type: 'gateway:probePolicy', policy: { enabledPorts: [`usb:1a86:7523::00@${SOCKET_B}`], disabledPorts: [] } });
    await waitFor(() => h.lineState('gsm:861234567890305') === 'online', 10_000, 'the enabled cable online');
    expect(h.ports()?.map((p) => p.probe)).toEqual(['notProbed', 'enabled']);
    await rounds(h, 5);
    expect(first.sim.written).toEqual([]); // the identical cable in socket A never saw a byte
    expect(h.lineState('gsm:861234567890304')).toBeUndefined();
  });
});

describe('a stale or hostile message from main', () => {
  it('refuses a headset id that is no longer plugged in with a log line, and keeps serving', async () => {
    const h = startHost(() => []);
    await waitFor(() => h.messages.some((m) => m.type === 'headset:devices' && m.devices.length > 0), 10_000, 'the virtual headset');
    expect(() => h.host.handle({ type: 'headset:setActive', id: '/dev/hidraw-unplugged' })).not.toThrow();
    expect(h.messages.filter((m) => m.type === 'log').at(-1)).toMatchObject({ level: 'warn', message: expect.stringContaining('headset:setActive') });
    const devices = h.messages.filter((m) => m.type === 'headset:devices').at(-1);
    const id = devices?.type === 'headset:devices' ? devices.devices[0]!.id : '';
    h.host.handle({ type: 'headset:setActive', id });
    await waitFor(() => h.messages.some((m) => m.type === 'headset:devices' && m.devices.some((d) => d.id === id && d.active)), 5_000, 'the headset made active');
  });
});
