// Data shapes shared by several channels.
import { z } from 'zod';
import { GatewayLine } from '../devices/gateway-api';
import { SerialPortInfo } from '../devices/host-protocol';
import { HeadsetInfo } from '../hid/headset-api';

/** A request without arguments, or an answer without data. */
export const NoArgs = z.object({}).strict();

export const Runtime = z.enum(['electron', 'harness']);

export const AppInfo = z.object({
  name: z.literal('Dialdeck'),
  version: z.string(),
  runtime: Runtime,
  platform: z.string(),
  /** BCP 47 tag of the OS language, used when settings say "follow the system" */
  systemLocale: z.string(),
  versions: z.record(z.string(), z.string()),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const LogEntry = z
  .object({
    level: z.enum(['error', 'warn', 'info', 'debug']),
    message: z.string().max(4000),
    scope: z.string().max(64).optional(),
  })
  .strict();

export const DevicesProcessState = z.enum(['starting', 'running', 'restarting', 'failed', 'stopped']);

export const DevicesStatus = z.object({
  process: DevicesProcessState,
  restarts: z.number().int().nonnegative(),
  lastError: z.string().optional(),
  headsets: z.array(HeadsetInfo),
  serialPorts: z.array(SerialPortInfo),
  gatewayLines: z.array(GatewayLine),
});
export type DevicesStatus = z.infer<typeof DevicesStatus>;
