// Messages between main and the devices process (Electron utilityProcess; a Node child in the harness).
// Both sides validate what they receive: a crashed or confused child must not corrupt main's state.
import { z } from 'zod';
import { DevicesStatus } from '../ipc/schemas';

const Inventory = DevicesStatus.pick({ headsets: true, serialPorts: true });
export type Inventory = z.infer<typeof Inventory>;

export const ToDevices = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping'), seq: z.number().int() }),
  z.object({ type: z.literal('inventory') }),
  z.object({ type: z.literal('shutdown') }),
]);
export type ToDevices = z.infer<typeof ToDevices>;

export const FromDevices = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), pid: z.number().int() }),
  z.object({ type: z.literal('pong'), seq: z.number().int() }),
  z.object({ type: z.literal('inventory'), inventory: Inventory }),
  z.object({ type: z.literal('log'), level: z.enum(['error', 'warn', 'info']), message: z.string() }),
]);
export type FromDevices = z.infer<typeof FromDevices>;
