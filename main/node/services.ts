// The main-process services behind the IPC contract, wired identically in Electron (main/index.ts) and
// in the browser harness (main/node/harness/). Only the ports differ: secret cipher, device spawner,
// worker spawner, how external URLs are opened.
import type { AppInfo } from '../../common/ipc/schemas';
import type { LeadClaims } from './campaign/campaign-claims';
import type { DevicesService } from './devices/devices-service';
import type { UploadStore } from './files/upload-store';
import { campaignHandlers } from './handlers/campaign-handlers';
import { coreHandlers } from './handlers/core-handlers';
import { crmHandlers } from './handlers/crm-handlers';
import { devicesHandlers } from './handlers/devices-handlers';
import { dialerHandlers } from './handlers/dialer-handlers';
import { fileHandlers } from './handlers/files-handlers';
import { setupHandlers } from './handlers/setup-handlers';
import { statsHandlers } from './handlers/stats-handlers';
import { telephonyHandlers } from './handlers/telephony-handlers';
import type { EventHub } from './ipc/event-hub';
import type { Handlers } from './ipc/router';
import type { Logger } from './logging/logger';
import type { SecretStore } from './secrets/secret-store';
import type { SettingsStore } from './settings/settings-store';
import type { Recordings } from './telephony/recording-files';
import type { AppStoreClient } from './store-worker/store-handlers';

export interface MainServices {
  paths: { dataDir: string; logDir: string; udevRule: string; exportDir: string };
  appInfo: AppInfo;
  settings: SettingsStore;
  secrets: SecretStore;
  devices: DevicesService;
  /** the SQLite store (CRM, campaigns, stats, dialer) in its worker threads */
  store: AppStoreClient;
  uploads: UploadStore;
  recordings: Recordings;
  events: EventHub;
  log: Logger;
  /** logger for lines the renderer writes */
  rendererLog: Logger;
  /** hands an already-vetted URL to the OS browser or mail client */
  openExternal: (url: string) => Promise<void>;
  /** central lead claims through the binding server hub; absent = this desk's own claims only */
  leadClaims?: LeadClaims;
}

export function createHandlers(s: MainServices): Handlers {
  return {
    ...coreHandlers(s),
    ...devicesHandlers(s.devices),
    ...telephonyHandlers(s.settings, s.secrets, s.uploads, s.recordings),
    ...setupHandlers(s),
    ...fileHandlers(s.uploads),
    ...crmHandlers(s.store, s.uploads, s.events, s.log),
    ...campaignHandlers(s, s.leadClaims ? { claims: s.leadClaims } : {}),
    ...statsHandlers(s),
    ...dialerHandlers(s),
  };
}

/** Forwards service-side changes to the renderer as contract events. */
export function wireEvents(s: MainServices): () => void {
  const offs = [
    s.settings.onChange((settings) => s.events.emit('settings:changed', settings)),
    s.devices.onStatus((status) => s.events.emit('devices:status', status)),
    s.devices.onHeadsetButton((event) => s.events.emit('headset:button', event)),
    s.devices.onGatewayEvent((message) => s.events.emit('gateway:event', message)),
  ];
  return () => offs.forEach((off) => off());
}
