// The one IPC contract. Main's router (main/node/ipc/router.ts), the preload bridge (preload/) and the
// harness bridge (renderer/platform/) are all derived from these two tables, so a channel exists in all
// of them or in none. Channel names are `domain:verb`; each takes one object argument.
import { z } from 'zod';
import { AppInfo, DevicesStatus, LogEntry } from './schemas';
import { Settings, SettingsPatch } from '../settings/schema';
import { SecretKey, SecretStatus } from '../settings/secrets';

const none = z.object({}).strict();

/** renderer → main, request/response */
export const invokeChannels = {
  'app:info': { req: none, res: AppInfo },
  'settings:get': { req: none, res: Settings },
  'settings:update': { req: SettingsPatch, res: Settings },
  'secrets:status': { req: none, res: SecretStatus },
  'secrets:set': { req: z.object({ key: SecretKey, value: z.string().min(1).max(1024) }).strict(), res: SecretStatus },
  'secrets:clear': { req: z.object({ key: SecretKey }).strict(), res: SecretStatus },
  'shell:openExternal': { req: z.object({ url: z.string().max(2048) }).strict(), res: z.object({ opened: z.boolean() }) },
  'log:write': { req: LogEntry, res: none },
  'devices:status': { req: none, res: DevicesStatus },
} as const;

/** main → renderer, fire-and-forget events */
export const eventChannels = {
  'settings:changed': Settings,
  'devices:status': DevicesStatus,
  'app:dialRequest': z.object({ number: z.string().max(64), source: z.enum(['tel-link', 'second-instance']) }),
} as const;

export type InvokeChannel = keyof typeof invokeChannels;
export type EventChannel = keyof typeof eventChannels;
export type Req<C extends InvokeChannel> = z.input<(typeof invokeChannels)[C]['req']>;
export type ParsedReq<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['req']>;
export type Res<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['res']>;
export type EventPayload<E extends EventChannel> = z.output<(typeof eventChannels)[E]>;

export const isInvokeChannel = (c: string): c is InvokeChannel => Object.hasOwn(invokeChannels, c);
export const isEventChannel = (c: string): c is EventChannel => Object.hasOwn(eventChannels, c);
