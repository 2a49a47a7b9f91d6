// Everything the devices process runs: the headset service (node-hid or a virtual headset), the gateway
// service (serialport) and a serial-port list for the setup screens. It turns their events into
// messages for main and carries out main's requests. Serial ports are listed once per round and that one
// list feeds both the setup screens and, filtered by the probe policy, the gateway service.
import { decidePorts, isProbed, NO_PORT_CHOICES, type ListedPort, type ProbePolicy } from '../../../../common/devices/probe-policy';
import type { GatewayCommand } from '../../../../common/devices/gateway-api';
import type { FromDevices, ToDevices } from '../../../../common/devices/host-protocol';
import { GatewayService } from '../gateway/gateway-service';
import { listOsSerialPorts, toCandidate, withExplicitPorts, type PortLister } from '../gateway/port-discovery';
import { HeadsetService } from '../hid/headset-service';
import { createNodeHidBackend } from '../hid/node-hid-backend';
import type { VirtualHeadset } from '../hid/virtual-headset';
import type { VirtualDevice, VirtualHidBackend } from '../hid/virtual-hid-backend';
import { serialPortInfo } from './inventory';
import { createPortPoller } from './port-poller';
import { virtualHeadsetFromFixture } from './virtual-headset-backend';
import { asFailureReason } from '../../../../common/ipc/failure-reason';

export interface DevicesHostOptions {
  send: (message: FromDevices) => void;
  /** a HID fixture file: run on a virtual headset instead of node-hid (harness, tests) */
  virtualHeadsetFixture?: string;
  /** gateway polling can be turned off where serial ports must not be touched */
  gateways?: boolean;
  /** serial ports to probe besides those the OS lists (a socat PTY, an adapter the OS lists oddly) */
  serialPorts?: readonly string[];
  /** how ports are listed (serialport's list() unless a test counts or scripts the calls) */
  listPorts?: PortLister;
  /** the gateway service to feed (tests pass one with a short heartbeat) */
  gatewayService?: GatewayService;
  /** how often the ports are listed */
  pollMs?: number;
}

export function startDevicesHost(options: DevicesHostOptions): { handle(message: ToDevices): void; stop(): Promise<void> } {
  const { send } = options;
  let virtual: ReturnType<typeof virtualHeadsetFromFixture> | undefined;
  if (options.virtualHeadsetFixture) virtual = virtualHeadsetFromFixture(options.virtualHeadsetFixture);
  const backend = virtual?.backend ?? createNodeHidBackend();

  const headsets = new HeadsetService({ backend });
  headsets.on('devices', (devices) => send({ type: 'headset:devices', devices: [...devices] }));
  headsets.on('button', (event) => send({ type: 'headset:button', event }));
  headsets.on('error', (error) => send({ type: 'log', level: 'warn', message: `headsets: ${error instanceof Error ? error.message : String(error)}` }));
  headsets.start();

  const gatewaysOn = options.gateways !== false;
  const gateways = options.gatewayService ?? new GatewayService();
  gateways.on('line', () => send({ type: 'gateway:lines', lines: gateways.lines() }));
  gateways.on('event', ({ lineId, event }) => send({ type: 'gateway:event', message: { lineId, event: { ...event } } }));

  // Until main sends the installer's policy nothing is opened: a port they disabled must never see a byte.
  let policy: ProbePolicy | undefined;
  let lastPorts: ListedPort[] | undefined;
  let lastSent = '';
  const describe = (ports: ListedPort[]) => {
    // decided over the whole list: an old-format saved key counts only if one present port has it
    const decided = decidePorts(ports, policy ?? NO_PORT_CHOICES).map((decision, i) => ({ port: ports[i]!, probe: decision.probe, decision }));
    const answers = gateways.portAnswers();
    const info = decided.map(({ port, decision }) => {
      const answer = gatewaysOn && isProbed(decision.probe) ? answers.get(port.path) : undefined;
      return { ...serialPortInfo(port, decision), ...(answer ? { answer } : {}) };
    });
    const text = JSON.stringify(info);
    if (text !== lastSent) send({ type: 'serialPorts', ports: info });
    lastSent = text;
    return decided;
  };
  const publish = (ports: ListedPort[]) => {
    lastPorts = ports;
    const decided = describe(ports);
    if (gatewaysOn && policy) gateways.offer(decided.filter(({ probe }) => isProbed(probe)).map(({ port }) => toCandidate(port)));
  };
  // what a port answered changes what the setup screens say about it, not what is offered
  gateways.on('answer', () => {
    if (lastPorts) describe(lastPorts);
  });
  // the setup screens list the named ports too, so an installer sees the port a line was found on
  const poller = createPortPoller({
    list: withExplicitPorts(options.listPorts ?? listOsSerialPorts, options.serialPorts ?? []),
    intervalMs: options.pollMs ?? 1_000,
    onPorts: publish,
  });
  // a lost line is looked for again at once (replug under a new name), not a poll interval later
  gateways.on('lost', () => void poller.refresh());
  poller.start();

  const setPolicy = (next: ProbePolicy) => {
    policy = next;
    // decide again on the ports already listed: a port just disabled is let go of without listing again
    if (lastPorts) publish(lastPorts);
  };

  const runGateway = async (requestId: number, run: () => Promise<unknown>) => {
    try {
      await run();
      send({ type: 'gateway:result', requestId });
    } catch (error) {
      const said = asFailureReason((error as { reason?: unknown } | null)?.reason);
      send({ type: 'gateway:result', requestId, error: error instanceof Error ? error.message : String(error), ...(said ? { reason: said } : {}) });
    }
  };

  const dispatch = (message: ToDevices): void => {
    switch (message.type) {
      case 'headset:setActive':
        return headsets.setActive(message.id);
      case 'headset:setCallState':
        return headsets.setCallState(message.state);
      case 'headset:resendAll':
        return void headsets.resendAll();
      case 'virtual:press':
        return pressVirtual(virtual, message.control);
      case 'gateway:request':
        return void runGateway(message.requestId, () => runGatewayCommand(gateways, message.command));
      case 'gateway:probePolicy':
        return setPolicy(message.policy);
      default:
        return undefined;
    }
  };

  return {
    handle(message) {
      // whatever main sends, this process stays up for the other devices: a refused message is logged
      try {
        dispatch(message);
      } catch (error) {
        send({ type: 'log', level: 'warn', message: `refused ${message.type}: ${error instanceof Error ? error.message : String(error)}` });
      }
    },
    async stop() {
      poller.stop();
      await headsets.stop();
      await gateways.stop();
    },
  };
}

function runGatewayCommand(gateways: GatewayService, c: GatewayCommand): Promise<unknown> {
  switch (c.op) {
    case 'dial':
      return gateways.dial(c.lineId, c.number);
    case 'answer':
      return gateways.answer(c.lineId);
    case 'hangup':
      return gateways.hangup(c.lineId);
    case 'dtmf':
      return gateways.sendDtmf(c.lineId, c.digits);
    case 'sms':
      return gateways.sendSms(c.lineId, c.to, c.text);
  }
}

function pressVirtual(virtual: { backend: VirtualHidBackend; headset: VirtualHeadset; device: VirtualDevice } | undefined, control: string): void {
  if (!virtual) return;
  const { backend, headset, device } = virtual;
  // the plug changes what the next enumeration sees: the headset service finds it gone or back
  if (control === 'unplug') backend.unplug(device.info.path!);
  else if (control === 'plug') backend.plug(device);
  else if (control === 'hookOff') headset.setHook(true);
  else if (control === 'hookOn') headset.setHook(false);
  else if (control === 'mute') headset.pressMute();
  else if (control === 'flash') headset.press('flash');
  else if (control === 'redial') headset.press('redial');
  else if (control === 'reject') headset.press('reject');
}
