// Session- and window-level security wiring. The decisions are pure functions in common/security;
// this file only connects them to Electron's hooks.
import { app, type Session } from 'electron';
import { decidePermission } from '../../common/security/permission-policy';
import { isAllowedNavigation } from '../../common/security/navigation-policy';
import { APP_ORIGIN } from '../../common/security/trusted-origin';
import type { Logger } from '../node/logging/logger';

export function secureSession(session: Session): void {
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    const origin = 'securityOrigin' in details && details.securityOrigin ? details.securityOrigin : details.requestingUrl;
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(decidePermission({ permission, origin, isMainFrame: details.isMainFrame, mediaTypes }, APP_ORIGIN));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) =>
    decidePermission({ permission, origin: requestingOrigin, isMainFrame: details.isMainFrame, mediaTypes: [details.mediaType] }, APP_ORIGIN),
  );
  // HID and serial belong to the devices process; the page gets neither.
  session.setDevicePermissionHandler(() => false);
}

export function lockDownWebContents(log: Logger): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url, APP_ORIGIN)) {
        event.preventDefault();
        log.warn('security: navigation blocked', { url: url.slice(0, 200) });
      }
    });
    contents.on('will-frame-navigate', (event) => {
      if (!isAllowedNavigation(event.url, APP_ORIGIN)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      log.warn('security: window.open denied', { url: url.slice(0, 200) });
      return { action: 'deny' };
    });
  });
}
