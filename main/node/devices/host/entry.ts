// Entry of the devices process. Native device code (node-hid, serialport) runs here so a driver crash
// cannot take the window down. It talks to main over Electron's parentPort when run as a utilityProcess,
// or over Node's IPC channel when forked by the harness.
import { delimiter } from 'node:path';
import { ToDevices, type FromDevices } from '../../../../common/devices/host-protocol';
import { listPortsFromFile } from '../gateway/port-discovery';
import { startDevicesHost } from './devices-host';

interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPortLike }).parentPort;

const send = (message: FromDevices) => {
  if (parentPort) parentPort.postMessage(message);
  else process.send?.(message);
};

const host = startDevicesHost({
  send,
  ...(process.env.DIALDECK_VIRTUAL_HEADSET ? { virtualHeadsetFixture: process.env.DIALDECK_VIRTUAL_HEADSET } : {}),
  gateways: process.env.DIALDECK_GATEWAYS !== 'off',
  // extra ports to probe, path-delimiter separated; set by the harness's --serial-port, or by an installer
  // for the app (the utility process inherits the environment)
  serialPorts: (process.env.DIALDECK_SERIAL_PORTS ?? '').split(delimiter).filter(Boolean),
  // the harness's --serial-listing (end-to-end tests): ports listed from a JSON file instead of the OS
  ...(process.env.DIALDECK_SERIAL_LISTING ? { listPorts: listPortsFromFile(process.env.DIALDECK_SERIAL_LISTING) } : {}),
});

const onMessage = (raw: unknown) => {
  const parsed = ToDevices.safeParse(raw);
  if (!parsed.success) return send({ type: 'log', level: 'warn', message: 'ignored malformed message from main' });
  const message = parsed.data;
  if (message.type === 'ping') send({ type: 'pong', seq: message.seq });
  else if (message.type === 'shutdown') void host.stop().finally(() => process.exit(0));
  else host.handle(message);
};

if (parentPort) parentPort.on('message', (event) => onMessage(event.data));
else process.on('message', onMessage);
// main going away (harness parent killed) must not leave an orphan holding serial ports
process.on('disconnect', () => process.exit(0));

send({ type: 'ready', pid: process.pid });
