// Everything the devices process runs: the headset service (node-hid or a virtual headset), the gateway
// service (serialport) and a serial-port list for the setup screens. It turns their events into
// messages for main and carries out main's requests.
import type { GatewayCommand } from '../../../../common/devices/gateway-api';
import type { FromDevices, ToDevices } from '../../../../common/devices/host-protocol';
import { GatewayService } from '../gateway/gateway-service';
import { listSerialPorts as listGatewayPorts, withExplicitPorts } from '../gateway/port-discovery';
import { HeadsetService } from '../hid/headset-service';
import { createNodeHidBackend } from '../hid/node-hid-backend';
import type { VirtualHeadset } from '../hid/virtual-headset';
import { listSerialPorts } from './inventory';
import { virtualHeadsetFromFixture } from './virtual-headset-backend';

export interface DevicesHostOptions {
  send: (message: FromDevices) => void;
  /** a HID fixture file: run on a virtual headset instead of node-hid (harness, tests) */
  virtualHeadsetFixture?: string;
  /** gateway polling can be turned off where serial ports must not be touched */
  gateways?: boolean;
  /** serial ports to probe besides those the OS lists (a socat PTY, an adapter the OS lists oddly) */
  serialPorts?: readonly string[];
}

export function startDevicesHost(options: DevicesHostOptions): { handle(message: ToDevices): void; stop(): Promise<void> } {
  const { send } = options;
  let virtual: VirtualHeadset | undefined;
  const backend = options.virtualHeadsetFixture
    ? (({ backend, headset }) => ((virtual = headset), backend))(virtualHeadsetFromFixture(options.virtualHeadsetFixture))
    : createNodeHidBackend();

  const headsets = new HeadsetService({ backend });
  headsets.on('devices', (devices) => send({ type: 'headset:devices', devices: [...devices] }));
  headsets.on('button', (event) => send({ type: 'headset:button', event }));
  headsets.on('error', (error) => send({ type: 'log', level: 'warn', message: `headsets: ${error instanceof Error ? error.message : String(error)}` }));
  headsets.start();

  const explicitPorts = options.serialPorts ?? [];
  const gateways = new GatewayService({ listPorts: withExplicitPorts(listGatewayPorts, explicitPorts) });
  gateways.on('line', () => send({ type: 'gateway:lines', lines: gateways.lines() }));
  gateways.on('event', ({ lineId, event }) => send({ type: 'gateway:event', message: { lineId, event: { ...event } } }));
  if (options.gateways !== false) gateways.start();

  let lastPorts = '';
  // the setup screens list the named ports too, so an installer sees the port a line was found on
  const listPorts = withExplicitPorts(listSerialPorts, explicitPorts);
  const pollPorts = async () => {
    const ports = await listPorts().catch(() => []);
    const text = JSON.stringify(ports);
    if (text !== lastPorts) send({ type: 'serialPorts', ports });
    lastPorts = text;
  };
  void pollPorts();
  const portTimer = setInterval(() => void pollPorts(), 2_000);
  portTimer.unref();

  const runGateway = async (requestId: number, run: () => Promise<unknown>) => {
    try {
      await run();
      send({ type: 'gateway:result', requestId });
    } catch (error) {
      send({ type: 'gateway:result', requestId, error: error instanceof Error ? error.message : String(error) });
    }
  };

  return {
    handle(message) {
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
        default:
          return undefined;
      }
    },
    async stop() {
      clearInterval(portTimer);
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

function pressVirtual(headset: VirtualHeadset | undefined, control: string): void {
  if (!headset) return;
  if (control === 'hookOff') headset.setHook(true);
  else if (control === 'hookOn') headset.setHook(false);
  else if (control === 'mute') headset.pressMute();
  else if (control === 'flash') headset.press('flash');
  else if (control === 'redial') headset.press('redial');
  else if (control === 'reject') headset.press('reject');
}
