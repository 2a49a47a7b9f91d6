// The settings file: read, patch, and hear about changes.
import { Settings, SettingsPatch } from '../../settings/settings-schema';
import { NoArgs } from '../schemas';

export const settingsInvoke = {
  'settings:get': { req: NoArgs, res: Settings },
  'settings:update': { req: SettingsPatch, res: Settings },
} as const;

export const settingsEvents = {
  'settings:changed': Settings,
} as const;
