// Electron composition root: it wires, it decides nothing. Policies live in common/security, services
// in main/node (shared with the browser harness), Electron adapters in main/electron-main.
import { app, session, shell, type BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectSourcesFor } from '../common/security/connect-sources';
import { APP_ORIGIN } from '../common/security/trusted-origin';
import { composeMain } from './node/compose';
import { spawnBuiltWorker } from './node/store/spawn-worker';
import { createEncryptedSecretStore } from './node/secrets/encrypted-secret-store';
import { savedUiLanguage } from './node/settings/saved-language';
import { handleAppProtocol, registerAppScheme } from './electron-main/app-protocol';
import { installCrashHandling } from './electron-main/crash-handling';
import { handleDialLinks } from './electron-main/deep-links';
import { spawnDevicesUtility } from './electron-main/devices-process';
import { connectIpc } from './electron-main/ipc-main';
import { createMainWindow } from './electron-main/main-window';
import { followCallsForPower } from './electron-main/power';
import { safeStorageCipher } from './electron-main/safe-storage-cipher';
import { lockDownWebContents, secureSession } from './electron-main/session-security';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');

if (!app.requestSingleInstanceLock()) {
  // Another Dialdeck owns the headsets and serial ports; it receives our argv (a tel: link) and we leave.
  app.quit();
} else {
  app.enableSandbox();
  // native date pickers follow Chromium's locale, not the page's (saved-language.ts)
  const language = savedUiLanguage(join(app.getPath('userData'), 'settings.json'));
  if (language) app.commandLine.appendSwitch('lang', language);
  registerAppScheme();
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData');
  const composed = await composeMain({
    dataDir,
    logDir: app.getPath('logs'),
    exportDir: app.getPath('downloads'),
    // packaged: electron-builder's extraFiles put deploy/udev next to the executable
    udevRulePath: app.isPackaged ? join(dirname(app.getPath('exe')), 'udev/70-dialdeck-headsets.rules') : join(outDir, '../deploy/udev/70-dialdeck-headsets.rules'),
    appInfo: {
      name: 'Dialdeck',
      version: app.getVersion(),
      runtime: 'electron',
      platform: process.platform,
      systemLocale: app.getLocale(),
      versions: { electron: process.versions.electron ?? '', chrome: process.versions.chrome ?? '', node: process.versions.node },
    },
    makeSecrets: (settings) => createEncryptedSecretStore(join(dataDir, 'secrets.json'), safeStorageCipher, () => settings.get().security.allowWeakSecretStorage),
    spawnDevices: () => spawnDevicesUtility(join(outDir, 'main/devices.js')),
    spawnStoreWorker: spawnBuiltWorker(join(outDir, 'main')),
    openExternal: (url) => shell.openExternal(url),
  });
  installCrashHandling(composed.log);
  lockDownWebContents(composed.log);
  secureSession(session.defaultSession);
  followCallsForPower(composed.services.devices);
  handleAppProtocol(join(outDir, 'renderer'), () => connectSourcesFor(composed.services.settings.get()));

  let window: BrowserWindow | undefined = createMainWindow(outDir);
  const disconnect = connectIpc(composed.routerFor(APP_ORIGIN), composed.services.events, () => window);
  handleDialLinks(composed.services.events, () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  window.on('closed', () => (window = undefined));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    disconnect();
    composed.dispose();
  });
}
