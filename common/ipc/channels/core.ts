// App, settings, secrets, links, logging and device status.
import { z } from 'zod';
import { SecretKey, SecretStatus } from '../../settings/secrets';
import { Settings, SettingsPatch } from '../../settings/schema';
import { AppInfo, LogEntry } from '../schemas';

export const none = z.object({}).strict();

export const coreInvoke = {
  'app:info': { req: none, res: AppInfo },
  'settings:get': { req: none, res: Settings },
  'settings:update': { req: SettingsPatch, res: Settings },
  'secrets:status': { req: none, res: SecretStatus },
  'secrets:set': { req: z.object({ key: SecretKey, value: z.string().min(1).max(1024) }).strict(), res: SecretStatus },
  'secrets:clear': { req: z.object({ key: SecretKey }).strict(), res: SecretStatus },
  'shell:openExternal': { req: z.object({ url: z.string().max(2048) }).strict(), res: z.object({ opened: z.boolean() }) },
  'log:write': { req: LogEntry, res: none },
} as const;

export const coreEvents = {
  'settings:changed': Settings,
  /** which secrets exist changed (never their values) */
  'secrets:changed': SecretStatus,
  'app:dialRequest': z.object({ number: z.string().max(64), source: z.enum(['tel-link', 'second-instance']) }),
} as const;
