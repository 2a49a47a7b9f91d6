// Local crash dumps (never uploaded), logged uncaught errors, and a reload when the renderer dies.
import { app, crashReporter, dialog } from 'electron';
import type { Logger } from '../node/logging/logger';

export function installCrashHandling(log: Logger): void {
  crashReporter.start({ uploadToServer: false });
  process.on('uncaughtException', (error) => {
    log.error('main: uncaught exception', { message: error.message, stack: error.stack });
    const choice = dialog.showMessageBoxSync({
      type: 'error',
      title: 'Dialdeck',
      message: 'Dialdeck hit an unexpected error and must restart. The log has the details.',
      buttons: ['Restart', 'Quit'],
    });
    if (choice === 0) app.relaunch();
    app.exit(1);
  });
  process.on('unhandledRejection', (reason) => log.error('main: unhandled rejection', { reason: String(reason) }));
  app.on('render-process-gone', (_event, contents, details) => {
    log.error('main: renderer gone; reloading', { reason: details.reason, exitCode: details.exitCode });
    if (details.reason !== 'clean-exit' && !contents.isDestroyed()) contents.reload();
  });
  app.on('child-process-gone', (_event, details) => log.warn('main: child process gone', { type: details.type, reason: details.reason }));
}
