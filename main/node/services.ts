// The main-process services behind the IPC contract, wired identically in Electron (main/index.ts) and
// in the browser harness (main/node/harness/). Only the ports differ: secret cipher, device spawner,
// how external URLs are opened.
import type { AppInfo } from '../../common/ipc/schemas';
import { DomainError } from '../../common/ipc/result';
import { safeExternalUrl } from '../../common/security/navigation-policy';
import type { DevicesSupervisor } from './devices/supervisor';
import type { EventHub } from './ipc/event-hub';
import type { Handlers } from './ipc/router';
import type { Logger } from './logging/logger';
import type { SecretStore } from './secrets/secret-store';
import type { SettingsStore } from './settings/settings-store';

export interface MainServices {
  appInfo: AppInfo;
  settings: SettingsStore;
  secrets: SecretStore;
  devices: DevicesSupervisor;
  events: EventHub;
  log: Logger;
  /** hands an already-vetted URL to the OS browser or mail client */
  openExternal: (url: string) => Promise<void>;
  /** logger for lines the renderer writes */
  rendererLog: Logger;
}

export function createHandlers(s: MainServices): Handlers {
  return {
    'app:info': () => s.appInfo,
    'settings:get': () => s.settings.get(),
    'settings:update': (patch) => s.settings.update(patch),
    'secrets:status': () => s.secrets.status(),
    'secrets:set': async ({ key, value }) => {
      await s.secrets.set(key, value);
      return s.secrets.status();
    },
    'secrets:clear': async ({ key }) => {
      await s.secrets.clear(key);
      return s.secrets.status();
    },
    'shell:openExternal': async ({ url }) => {
      const safe = safeExternalUrl(url);
      if (!safe) throw new DomainError('REFUSED', 'only https: and mailto: links can be opened outside Dialdeck');
      await s.openExternal(safe);
      return { opened: true };
    },
    'log:write': ({ level, message, scope }) => {
      s.rendererLog[level](scope ? `[${scope}] ${message}` : message);
      return {};
    },
    'devices:status': () => s.devices.status(),
  };
}

/** Forwards service-side changes to the renderer as contract events. */
export function wireEvents(s: MainServices): () => void {
  const offs = [s.settings.onChange((settings) => s.events.emit('settings:changed', settings)), s.devices.onStatus((status) => s.events.emit('devices:status', status))];
  return () => offs.forEach((off) => off());
}
