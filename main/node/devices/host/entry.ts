// Entry of the devices process. Native device code (node-hid, serialport) runs here so a driver crash
// cannot take the window down. It talks to main over Electron's parentPort when run as a utilityProcess,
// or over Node's IPC channel when forked by the harness.
import { ToDevices, type FromDevices } from '../../../../common/devices/host-protocol';
import { readInventory } from './inventory';

interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPortLike }).parentPort;

const send = (message: FromDevices) => {
  if (parentPort) parentPort.postMessage(message);
  else process.send?.(message);
};

const onMessage = (raw: unknown) => {
  const parsed = ToDevices.safeParse(raw);
  if (!parsed.success) return send({ type: 'log', level: 'warn', message: 'ignored malformed message from main' });
  const message = parsed.data;
  if (message.type === 'ping') send({ type: 'pong', seq: message.seq });
  else if (message.type === 'inventory') void publishInventory();
  else if (message.type === 'shutdown') process.exit(0);
};

let lastInventory = '';
async function publishInventory(force = true) {
  try {
    const inventory = await readInventory();
    const text = JSON.stringify(inventory);
    if (force || text !== lastInventory) send({ type: 'inventory', inventory });
    lastInventory = text;
  } catch (error) {
    send({ type: 'log', level: 'warn', message: `inventory failed: ${error instanceof Error ? error.message : String(error)}` });
  }
}

if (parentPort) parentPort.on('message', (event) => onMessage(event.data));
else process.on('message', onMessage);
// main going away (harness parent killed) must not leave an orphan holding serial ports
process.on('disconnect', () => process.exit(0));

// Hotplug: poll the device lists; only changes are sent.
setInterval(() => void publishInventory(false), 2_000).unref();
send({ type: 'ready', pid: process.pid });
