// Builds the main-process object graph from its ports. Electron (main/index.ts) and the browser harness
// (harness/cli.ts) both call this; they differ only in the ports they pass.
import { join } from 'node:path';
import type { AppInfo } from '../../common/ipc/schemas';
import type { TrustedOrigin } from '../../common/security/trusted-origin';
import { StoreClient } from './store/store-client';
import type { StoreHandlers } from './store-worker/store-handlers';
import type { SpawnWorker } from './store/spawn-worker';
import type { ChildHandle } from './devices/supervisor';
import { createDevicesService } from './devices/devices-service';
import { createDevicesSupervisor } from './devices/supervisor';
import { createUploadStore } from './files/upload-store';
import { createEventHub } from './ipc/event-hub';
import { createRouter, type Router } from './ipc/router';
import { createFileLogger } from './logging/file-logger';
import type { Logger } from './logging/logger';
import type { SecretStore } from './secrets/secret-store';
import { createHandlers, wireEvents, type MainServices } from './services';
import { openSettingsStore } from './settings/settings-store';
import { createRecordings } from './telephony/recording-files';
import { campaignStore } from './campaign/campaign-store';
import { runRetention } from './campaign/retention-runner';
import { settingsLeadClaims } from './campaign/settings-claims';

export interface MainPorts {
  dataDir: string;
  logDir: string;
  /** where installer exports (diagnostics bundles) are written */
  exportDir: string;
  /** the udev rule shipped with the app (deploy/udev in the source tree) */
  udevRulePath: string;
  appInfo: AppInfo;
  makeSecrets: (settings: MainServices['settings']) => SecretStore;
  spawnDevices: () => ChildHandle;
  /** how the store's SQLite worker threads start (built .js in Electron, .ts through tsx elsewhere) */
  spawnStoreWorker?: SpawnWorker;
  openExternal: (url: string) => Promise<void>;
  logToConsole?: boolean;
}

export interface ComposedMain {
  services: MainServices;
  log: Logger;
  routerFor(origin: TrustedOrigin): Router;
  dispose(): void;
}

export async function composeMain(ports: MainPorts): Promise<ComposedMain> {
  const log = createFileLogger({ dir: ports.logDir, fileName: 'main.log', console: ports.logToConsole ?? false });
  const rendererLog = createFileLogger({ dir: ports.logDir, fileName: 'renderer.log' });
  const settings = await openSettingsStore(join(ports.dataDir, 'settings.json'), log);
  const events = createEventHub(log);
  const supervisor = createDevicesSupervisor({ spawn: ports.spawnDevices, log });
  const devices = createDevicesService(supervisor);
  // the installer's serial-port choices reach the devices process before it probes anything
  devices.setProbePolicy(settings.get().gateways);
  const offProbePolicy = settings.onChange((next) => devices.setProbePolicy(next.gateways));
  const secrets = ports.makeSecrets(settings);
  const leadClaims = settingsLeadClaims({ dataDir: ports.dataDir, settings, secrets, log });
  const services: MainServices = {
    paths: { dataDir: ports.dataDir, logDir: ports.logDir, udevRule: ports.udevRulePath, exportDir: ports.exportDir },
    appInfo: ports.appInfo,
    settings,
    secrets,
    devices,
    store: new StoreClient<StoreHandlers>(join(ports.dataDir, 'crm.sqlite'), ports.spawnStoreWorker),
    uploads: createUploadStore(ports.dataDir),
    recordings: createRecordings(ports.dataDir),
    events,
    log,
    rendererLog,
    openExternal: ports.openExternal,
    leadClaims,
  };
  const unwire = wireEvents(services);
  const handlers = createHandlers(services);
  supervisor.start();
  // recordings past their retention go at start and every six hours after
  // call records, recordings they reference and audit lines past the compliance retention go with them
  const pruneRecords = () =>
    void runRetention(campaignStore(services.store.api), join(ports.dataDir, 'recordings'))
      .then(({ recordingPaths: _paths, ...run }) => log.info('retention: pruned', run))
      .catch((error: Error) => log.warn('retention: failed', { error: error.message }));
  const prune = () => {
    log.info('recordings: pruned', { removed: services.recordings.prune(settings.get()) });
    pruneRecords();
  };
  prune();
  const pruneTimer = setInterval(prune, 6 * 3600_000);
  pruneTimer.unref();
  log.info('main: composed', { runtime: ports.appInfo.runtime, version: ports.appInfo.version });
  return {
    services,
    log,
    routerFor: (origin) => createRouter(handlers, origin, log),
    dispose() {
      unwire();
      offProbePolicy();
      clearInterval(pruneTimer);
      supervisor.stop();
      void leadClaims.close();
      void services.store.close().catch(() => undefined);
    },
  };
}
