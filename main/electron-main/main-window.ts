// The one application window: sandboxed, isolated, no Node, our preload only.
import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_ENTRY_URL } from '../../common/security/trusted-origin';

export function createMainWindow(outDir: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Dialdeck',
    webPreferences: {
      preload: join(outDir, 'preload/index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
