// Data shapes shared by several channels.
import { z } from 'zod';

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
  headsets: z.array(z.object({ id: z.string(), name: z.string(), vendorId: z.number(), productId: z.number(), status: z.enum(['ok', 'permission-denied', 'unsupported']) })),
  serialPorts: z.array(z.object({ path: z.string(), manufacturer: z.string().optional(), vendorId: z.string().optional(), productId: z.string().optional() })),
});
export type DevicesStatus = z.infer<typeof DevicesStatus>;
